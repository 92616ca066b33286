package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// Each guard turns down an entry for its own example, and no other guard
// would: asked again without this guard, the example is answered by that
// entry. (The entry is most often the best-ranked, and the example then
// declined; some guards turn down a neighbour ranked above the right
// entry, which is then answered: "support for Ukraine".)
func TestGuardExamples(t *testing.T) {
	e := testEngine(t)
	names, examples := map[string]bool{}, map[string]bool{}
	for _, g := range guards {
		t.Run(g.name, func(t *testing.T) {
			if names[g.name] || examples[g.example] || g.example == "" {
				t.Fatalf("guard %q: its name or its example %q is another guard's too, or empty", g.name, g.example)
			}
			names[g.name], examples[g.example] = true, true
			var with trace
			a := e.answer(g.example, &with)
			var turned []string // the entries g turned down
			for _, v := range with.verdicts {
				if v.guard == g {
					turned = append(turned, v.entry)
				}
			}
			if len(turned) == 0 {
				t.Fatalf("%q: %s turns down no entry:\n%s", g.example, g.name, with.b.String())
			}
			e.guards = slices.DeleteFunc(slices.Clone(guards), func(x *guard) bool { return x == g })
			var without trace
			b := e.answer(g.example, &without)
			e.guards = guards
			if !b.Answered || !slices.Contains(turned, b.EntryID) {
				t.Errorf("%q: without %s, answered %v by %q, want by one it turned down (%s):\n%s", g.example, g.name, b.Answered, b.EntryID, strings.Join(turned, ", "), without.b.String())
			}
			if a.Answered && a.EntryID == b.EntryID {
				t.Errorf("%q: answered by %s with %s and without", g.example, a.EntryID, g.name)
			}
		})
	}
}

// The table holds every guard once.
func TestGuardsAreListedOnce(t *testing.T) {
	seen := map[*guard]bool{}
	for _, g := range guards {
		if seen[g] {
			t.Errorf("guard %s is listed twice", g.name)
		}
		seen[g] = true
	}
}
