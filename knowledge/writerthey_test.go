package knowledge

import "testing"

func TestWriterThey(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"In which paragraph do they speak of the phone call of the minister? I want to cite it correctly.", "how-proposed", []string{"paragraph 3"}},
		{"in which paragraph do they speak of Japan's offer?", "", nil},
		{"in which paragraph do they say China sent troops?", "", nil},
	})
}
