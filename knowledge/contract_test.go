package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The contract names every concept and word the engine reads or writes by
// name: were one left out, a pack could lack it unnoticed.
func TestContractNamesWhatTheEngineReads(t *testing.T) {
	var terms, words []string
	for _, r := range contract {
		if r.Term != "" {
			terms = append(terms, conceptName(r.Term))
		} else {
			words = append(words, r.Word)
		}
	}
	for _, c := range []string{howMany, whereTerm, measureTerm, howTerm} {
		if !slices.Contains(terms, c) {
			t.Errorf("the engine reads the concept %q, which the contract lacks", c)
		}
	}
	for _, w := range []string{previouslyWord, gainWord, endedWord} {
		if !slices.Contains(words, w) {
			t.Errorf("the engine writes the word %q, which the contract lacks", w)
		}
	}
}

// A pack that breaks the contract in one way is refused with a problem
// naming what it lacks: each requirement, taken out of the mini pack (its
// term or alias renamed), and one of the wrong kind.
func TestContractIsChecked(t *testing.T) {
	r, p := miniPack(t)
	if _, err := Load(packFS(r, p)); err != nil {
		t.Fatalf("the mini pack must meet the contract: %v", err)
	}
	for _, req := range contract {
		name := cmpOr(req.Term, req.Word)
		t.Run(name, func(t *testing.T) {
			quoted := fmt.Sprintf("%q", name)
			if strings.Count(p, quoted) != 1 {
				t.Fatalf("the mini pack must write %s once, to take it out", quoted)
			}
			_, err := Load(packFS(r, strings.Replace(p, quoted, fmt.Sprintf("%q", name+"x"), 1)))
			if err == nil || !strings.Contains(err.Error(), "contract: no synonym") || !strings.Contains(err.Error(), quoted) {
				t.Errorf("Load without %s = %v, want a contract problem naming it", quoted, err)
			}
		})
	}
	t.Run("wrong kind", func(t *testing.T) {
		broken := strings.Replace(p, "term = \"where\"\nkind = \"question\"", "term = \"where\"\nkind = \"word\"", 1)
		if broken == p {
			t.Fatal("the mini pack must define where as a question")
		}
		_, err := Load(packFS(r, broken))
		if err == nil || !strings.Contains(err.Error(), `synonym "where" is of kind "word", and must be "question"`) {
			t.Errorf("Load = %v, want the kind named", err)
		}
	})
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
