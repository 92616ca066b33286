package knowledge

import "slices"

// A first message that asks again for what the bot told before ("what
// were the figures you told me?") points at an answer there is none of:
// read as it stands, its "figures" or "number" picks whichever entry
// speaks of one, an answer to a question nobody asked. Asked back, the
// reply says which (see saidBefore for the same words later in a
// conversation, where the last answer is meant).

// toldBefore returns the words that name what the bot is said to have
// told ("the figures you told me"), when ws asks for it and names
// nothing else it could be of (not "what did you tell me about cho?").
// ok is false otherwise.
func (e *Engine) toldBefore(ws []string) (string, bool) {
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "you" || ws[i] == "u") && toldVerbs[ws[i+1]] {
			at = i
			break
		}
	}
	if at < 0 {
		return "", false
	}
	end := at + 2
	if end < len(ws) && (ws[end] == "me" || ws[end] == "us") {
		end++
	}
	an := e.an.analyzeWords(slices.Concat(ws[:at], ws[end:]), true)
	if slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole || t.person }) || len(an.unknown) > 0 {
		return "", false // of someone or something named: asked as it stands
	}
	from := at
	for from > 0 && at-from < 3 && !whWords[ws[from-1]] && !beAux[ws[from-1]] {
		from--
	}
	return joinWords(ws[from:end]), true
}

// toldVerbs say what the bot is said to have given the asker before.
var toldVerbs = setOf("told", "said", "mentioned", "gave", "showed", "quoted", "wrote", "sent")
