package knowledge

// ofSuchKind reports whether ws speaks of a war as one of a kind, "such a
// war", "a war like this", "a proper war": "since when has North Korea been
// in a war like this?" asks when it last was in one, before this one (the
// 1950s), not when this one started. Only a war is so read: "since when have
// such losses happened?" names no war the report dates.
func ofSuchKind(ws []string) bool {
	kind, war := false, false
	for i, w := range ws {
		switch {
		case w == "such" || w == "proper":
			kind = true
		case w == "like" && i+1 < len(ws) && (ws[i+1] == "this" || ws[i+1] == "that" || ws[i+1] == "it"):
			kind = true
		case warNouns[w]:
			war = true
		}
	}
	return kind && war
}

// warNouns name a war or its fighting, of which one may ask since when
// there was one of its kind.
var warNouns = setOf("war", "wars", "conflict", "conflicts", "fight", "fought", "fighting", "combat", "battle", "battles")
