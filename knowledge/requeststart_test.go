package knowledge

import "testing"

// A request's opening verb that says only how to answer ("break down ...")
// asks the thing after it; the same words inside a question are what it
// asks of, and a question of them the report does not answer is declined.
func TestRequestStart(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Break down the two casualty estimates.", "losses"},
		{"Break down the casualty figures for me.", "losses"},
		{"Can you break down what Budanov said?", "combat-experience"},
		{"Did the talks break down?", ""},
		{"Does the report break down the deaths by month?", ""},
		{"Does the report break down the approximately 4,000 fatalities by unit or by date of death?", ""},
		{"Break down the number of tanks Russia lost.", ""},
	})
}

// "In what sense" asks how, as "in what way" does; "sinse" stays "since".
func TestInWhatSense(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"In what sense is North Korea's involvement in this war a first?", "first-since-1950s"},
		{"In which sense is North Korea's involvement a first?", "first-since-1950s"},
		{"In what sense is South Korea at war with Russia?", ""},
		{"is this north koreas furst war sinse the 1950z", "first-since-1950s"},
	})
}

// The answer on what the talks reflect names whose talks they are, and
// on what: "in what sense is this a humanitarian effort?" is answered by
// it, and so is the question of which two countries hold the talks.
func TestTalksReflectNamesThem(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"In what sense is this a humanitarian effort?", "significance"},
		{"which two countries are doing the POW talks", "significance"},
	})
}

// The gist of a thing asks the thing; a paragraph pointed at ends with
// what it concludes, which asks what it says.
func TestGistOfAndConcludes(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"TL;DR of Budanov's comments?", "combat-experience"},
		{"What's the gist of Budanov's comments?", "combat-experience"},
		{"Give me a rundown on the casualty figures.", "losses"},
		{"tldr of the whole sk ukr pow thing?", "summary"},
		{"TL;DR of the Pentagon's comments?", ""},
		{"Give me an overview of the tank losses.", ""},
		{"Tell me briefly what the last paragraph concludes.", "significance"},
		{"What does paragraph 9 conclude?", "significance"},
		{"What does the last paragraph conclude about the tanks?", ""},
	})
}

// The support word as a noun a clause follows ("the help North Korea is
// giving Russia") is given by the clause's subject, to the name the clause
// gives it to.
func TestSupportClause(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Describe the kind of help North Korea is giving Russia.", "why-sent"},
		{"What is the help North Korea has given Russia?", "why-sent"},
		{"the support Russia is giving North Korea?", ""},
		{"Describe the support Ukraine is giving Russia.", ""},
		{"What kind of help is Ukraine giving Russia?", ""},
	})
}

// The part a name plays in the report is what the report has of it.
func TestPlayInTheReport(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What role does Budanov play in the report?", "budanov-role"},
		{"What role does Cho play in the article?", "cho-role"},
		{"What role does China play in the report?", ""},
	})
}
