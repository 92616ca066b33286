package knowledge

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Vocabulary breadth is pack data: each probe in testdata/vocabprobes.tsv,
// asked in one of many styles, is answered with a citation of the
// paragraph it was written for.
func TestVocabularyProbes(t *testing.T) {
	e := testEngine(t)
	f, err := os.Open("testdata/vocabprobes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n, q, ok := strings.Cut(line, "\t")
		para, err := strconv.Atoi(n)
		if !ok || err != nil {
			t.Fatalf("bad probe line %q", line)
		}
		t.Run(q, func(t *testing.T) {
			a := e.Answer(q)
			if !a.Answered {
				t.Fatalf("Answer(%q) declined, want an answer citing paragraph %d", q, para)
			}
			for _, c := range a.Citations {
				if c.Paragraph == para {
					return
				}
			}
			t.Errorf("Answer(%q) by %q cites %v, want paragraph %d", q, a.EntryID, a.Citations, para)
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// Words added as aliases in round vocab28, each read as its term.
func TestVocabularyRound28(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"how many north koreans have been knocked out of action", "losses"},
		{"what's the upshot", "summary"},
		{"what's the overall picture", "summary"},
		{"seoul and kyiv joining hands on nk pow issue?", "collaboration"},
		{"what is the tie-up between south korea and ukraine", "collaboration"},
		{"what is seoul and kyiv liaising about", "collaboration"},
		{"are south korea and ukraine partnering up", "collaboration"},
		{"whether the pows can shift to south korea", "will-accept"},
		{"south korea will house the nk pows?", "will-accept"},
		{"cho made the offer during a telecon?", "how-proposed"},
		{"did seoul's brass say more troops could come", "more-troops"},
		{"who is the south korean minister of external affairs", "cho-role"},
		{"are south korea and ukraine synergising on prisoners", "collaboration"},
		{"is seoul joining up with kyiv on the pow matter", "collaboration"}, // "the pow matter" is a thing spoken of
		{"did nk suffer considerable casualties", "losses"},
		{"is south korea chuffed to take the pows", "will-accept"},
		{"did cho bell kyiv", "how-proposed"},
		{"did cho lay down any conditions", "condition"},
		{"what's the article's main message", "summary"},
		{"who extended an invitation to the pows", "who-proposed"},
		{"have nk units taken attrition in the kursk salient", "losses"},
		{"is the kursk axis held by russia", "kursk-control"},
		{"what's the dprk expeditionary force size", "troop-count"},
		{"epw handling between rok and ukraine", "approach"},
		{"seoul mulls taking in nk pows", "will-accept"},
		{"cho touts joint approach on pows", "what-proposed"},
		{"pyongyang's troops bloodied in kursk", "losses"},
		{"are the nk blokes copping a hiding in kursk", "losses"},
		{"how many nk diggers carked it", "losses"},
		{"seoul warns of fresh nk deployments", "more-troops"}, // "fresh" before troops is more of them
		{"pyongyang's soldiers cutting their teeth in combat", "combat-experience"},
		{"fair dinkum is south korea taking nk prisoners", "will-accept"},
		{"please do the needful and tell me nk death count", "losses"},
		{"has the republic of korea offered succour to the captured soldiers", "who-proposed"},
		{"is seoul steadfast in its support for kyiv", "sk-support"},
		{"under whose dominion is kursk", "kursk-control"},
		{"what is the remit of kyrylo budanov", "budanov-role"},
		{"to what end were the troops dispatched", "why-sent"},
		{"how many norks are brown bread", "losses"},
		{"how many nk troops are pushing up daisies", "losses"},
		{"are the nk lads still in the scrap", "kursk-activity"},
		{"what's the skinny on budanov", "budanov-role"},
		{"spill the beans on the kn-23 upgrade", "kn23"},
		{"is sk bending over backwards for ukraine", "sk-support"},
		{"is seoul rolling out the welcome mat for pows", "will-accept"},
		{"did cho give kyiv a tinkle", "how-proposed"},
		{"did cho get on the horn with kyiv", "how-proposed"},
		{"the pows must opt to move?", "condition"},
		{"nk shock troops in russia how many", "troop-count"},
		{"is seoul still backing kyiv to the hilt", "sk-support"},
		{"has the kn-23 got a tighter grouping", "kn23"},
		{"is nk getting sucked deeper into the war", "growing-involvement"},
		{"Which Russian formations are the KPA troops attached to?", ""}, // formations are not troops sent
	})
}
