package knowledge

// exactEntry returns the entry whose curated phrasing is the words ws,
// asked word for word (see Engine.exact). Every turn asks, and most
// questions are no phrasing: the key is joined on the stack, where
// strings.Join allocated it for each question.
func (e *Engine) exactEntry(ws []string) (int, bool) {
	var buf [256]byte
	key := buf[:0]
	for i, w := range ws {
		if i > 0 {
			key = append(key, ' ')
		}
		key = append(key, w...)
	}
	en, ok := e.exact[string(key)] // (a lookup by bytes copies nothing)
	return en, ok
}
