package knowledge

import (
	"strings"
	"testing"
)

// converse asks the messages in turn in one conversation and returns the
// answers.
func converse(e *Engine, msgs ...string) []Answer {
	var c Conversation
	out := make([]Answer, len(msgs))
	for i, m := range msgs {
		out[i], c = e.AnswerIn(c, m)
	}
	return out
}

// Follow-ups are read with what came before: references by agreement,
// fragments merged into the last question, questions about the last
// answer from its attribution; a question that stands alone as it is.
func TestFollowUps(t *testing.T) {
	e := testEngine(t)
	tests := []turnCase{
		{"he, a person named in the answer", []string{"who's the south korean foreign minister?"}, "what did he offer ukraine?", "what-proposed", "accept"},
		{"he, the one person who holds the role asked", []string{"who's the south korean minister that offered to take in nk pows?"}, "how did he pitch it to them?", "how-proposed", "phone"},
		{"he, the person asked about", []string{"who is kyrylo budanov?"}, "what did he say?", "combat-experience", ""},
		{"the last answer, still in view after a turn asked back", []string{"how many nk casualties in kursk by feb", "what did he think about that number"}, "is that number official?", "fatalities-feb", "estimate"},
		{"a country after a person's question, a topic of its own", []string{"just tell me what cho proposed", "why though?"}, "and the US?", "sentence-4-1", "United States"},
		{"these guys still there: what they do there now", []string{"when did north korea send troops to russia?"}, "and are these guys still there?", "kursk-activity", "Kursk"},
		{"a name before the comma, its pronoun after", []string{"what was Cho's condition?"}, "and Budanov, is he Korean too?", "budanov-role", "Ukraine"},
		{"a name before the comma, no pronoun of it after", []string{"what was Cho's condition?"}, "and Budanov, is she there?", "", ""},
		{"a pronoun named between commas", []string{"north korea fight before in some war like this?"}, "what he said, the minister, about support ukraine?", "sk-support", "support"},
		{"a pronoun's object, without commas, is no name of it", []string{"who is kyrylo budanov"}, "what did he tell the minister?", "", ""},
		{"they who say, not the country that says nothing", []string{"is it even confirmed that north korea sent troops?", "and north korea admits it?"}, "how many do they say were sent", "troop-count", "Thousands"},
		{"a nationality alone, of the person asked about", []string{"who is kyrylo budanov"}, "russian?", "budanov-role", "Ukraine"},
		{"a nationality alone, after no person asked about", []string{"why did north korea send soldiers to russia?"}, "russian?", "why-sent", ""},
		{"they, a group", []string{"how many nk soldiers died by early february?"}, "where are they fighting?", "where-fighting", "Kursk"},
		{"that area, a place", []string{"where are the north korean troops fighting"}, "who controls that area?", "kursk-control", ""},
		{"them, the group of the question", []string{"what year did nk troops head to russia?"}, "how many of them?", "troop-count", ""},
		{"a date for a date", []string{"how many north korean soldiers were killed or wounded as of january 2025?"}, "and in february?", "fatalities-feb", ""},
		{"a question word for a question word", []string{"why did north korea send soldiers to russia?"}, "when?", "when-sent", ""},
		{"a measure for a measure, not in one sentence", []string{"how many nk soldiers died by early february?"}, "and injured?", "", ""},
		{"a country for a country", []string{"how many nk soldiers died by early february?"}, "what about russia?", "", ""},
		{"a body for a body", []string{"what did the sk joint chiefs of staff say?"}, "what about ukraine's intel chief?", "combat-experience", ""},
		{"a reply completes a kind of question alone", []string{"how many?"}, "nk troops sent to russia", "troop-count", "Thousands"},
		{"the same question of another date", []string{"how many nk soldiers were killed or injured by january?"}, "same question for february", "fatalities-feb", "4,000"},
		{"exactly, of a count the report gives in words", []string{"how many troops did north korea send?"}, "how many exactly?", "", ""},
		{"exactly, of a figure", []string{"how many nk soldiers died by early february?"}, "how many exactly?", "fatalities-feb", "4,000"},
		{"a person for a body that speaks", []string{"What has the South Korean Joint Chiefs of Staff said?"}, "and budanov?", "combat-experience", ""},
		{"a body for a person that speaks", []string{"what did budanov say"}, "and the joint chiefs?", "more-troops", ""},
		{"who thinks so", []string{"is nk going to send more troops to russia"}, "who thinks so", "more-troops", "Joint Chiefs"},
		{"that assessment, what was said", []string{"is pyongyang likely to send more troops?"}, "who made that assessment?", "more-troops", "Joint Chiefs"},
		{"that ground, a place", []string{"where are the north korean units engaged in combat?"}, "who holds that ground?", "kursk-control", "Russia"},
		{"them, the group of the one country asked", []string{"what does budanov say nk is getting out of the war"}, "how does the experience help them?", "combat-experience", "weapon"},
		{"they, not the group of a country offered as a choice", []string{"which region are the nk guys deployed in", "so is that russia or ukraine"}, "what are they doing there apart from fighting", "", ""},
		{"who says so", []string{"how many troops did north korea send?"}, "who says so?", "troop-count", "Kyiv"},
		{"they, the country that acts, not the place", []string{"is north korea at war in ukraine?"}, "when did they last fight a war?", "first-since-1950s", "1950s"},
		{"that place, the place answered", []string{"is north korea at war in ukraine?", "where are they fighting?"}, "who controls that place?", "kursk-control", "Russia"},
		{"people go, not the countries listed", []string{"what are the talks about?"}, "where would they relocate to?", "will-accept", "South Korea"},
		{"the date of the figure, not its source", []string{"how many north koreans have died in kursk"}, "when was that figure from?", "fatalities-feb", "February"},
		{"is that figure official", []string{"how many nk soldiers died by early february?"}, "is that figure official?", "fatalities-feb", "estimate"},
		{"a fragment of the question its entry answers, the last one's premise left out", []string{"for my history essay: when was the last time north korea actually fought in a war before this one?"}, "how long ago", "first-since-1950s", "1950s"},
		{"a fragment after a turn declined is not of the answer before it", []string{"why is south korea in talks with ukraine?", "what happens to the prisoners who don't want to go to the south?"}, "and the ones who do?", "", ""},
		{"exactly, not of the entry's own question", []string{"how many troops did north korea send?"}, "exact number please", "", ""},
		{"since when, of the premise's answer", nil, "wait nk is actually in the ukraine war?? since when", "when-sent", "Last year"},
		{"over there, after since when of the premise", []string{"wait nk is actually in the ukraine war?? since when"}, "what are they even doing over there", "kursk-activity", "trained"},
		{"a name alone before a question of it, its topic", []string{"Could you summarise the substance of Minister Cho's proposal to Kyiv concerning captured DPRK servicemen?", "Under what conditions, precisely?"}, "And Kyiv's side of it? Have they accepted the offer?", "", ""},
		{"it is official number, a learner's is it", []string{"how many nk soldiers died by early february?"}, "it is official number?", "fatalities-feb", "estimate"},
		{"with whom, of a sentence naming only the one asked of", []string{"Through what channel did Minister Cho convey the offer?"}, "With whom was he speaking on that call?", "", ""},
		{"which paragraph", []string{"what are the talks between seoul and kyiv about?"}, "Which paragraph?", "talks-focus", "paragraph 2"},
		{"which paragraph, of an answer the source line tells", []string{"what is the original source of this article?"}, "which paragraph is that in?", "source", "source line"},
		{"where it says so", []string{"under what condition would south korea take them?"}, "where does it say that?", "condition", "paragraphs 2 and 3"},
		{"who made it, not said", []string{"how many nk soldiers died by early february?"}, "who estimated it?", "", "doesn't say who"},
		{"who estimated it, of a line that says the report does not", []string{"nk lost how many guys in kursk"}, "who estimated it", "", "doesn't say who"},
		{"whose estimate, as who says so", []string{"What's the most recent casualty figure for North Korean forces in the report?"}, "Whose estimate is that?", "", "doesn't say who"},
		{"who wrote it, the report's author", []string{"whats this article about"}, "who wrote it?", "", ""},
		{"source of what the report says itself", []string{"whats this article about"}, "source?", "summary", "newsukraine.rbc.ua"},
		{"source of what no one is said to say", []string{"how many nk soldiers died by early february?"}, "source?", "source", "newsukraine.rbc.ua"},
		{"a name the last question has, not put in another's place", []string{"that nk is getting better missiles from russia"}, "what did russia say?", "", ""},
		{"where to, of an answer that says where", []string{"is north korea going to send more soldiers?"}, "to where", "more-troops", "Russia"},
		{"the exact number, of a count the report gives in words", []string{"how many troops did north korea send?"}, "like the exact number?", "", ""},
		{"how many still, of a count of the past", []string{"where are the nk troops fighting", "when did north korea send them?"}, "how many are still there now?", "", ""},
		{"when was that, of an answer that gives its dates", []string{"how many dead then"}, "when was that", "losses", "January"},
		{"where exactly, of an answer that names one place", []string{"how many NK boys got hit so far"}, "where exactly", "losses", "Kursk"},
		{"a full question on a new topic", []string{"who is kyrylo budanov?"}, "who controls the kursk region?", "kursk-control", ""},
		{"a follow-up the report cannot answer", []string{"who is cho tae-yul?"}, "how old is he?", "", ""},
		{"a figure a statement names", nil, "I saw the 3,000 number quoted somewhere. Who reported that figure?", "losses-january", "Ukraine"},
		{"statements are context, not questions", nil, "North Korea sent troops to Russia. Where are they fighting?", "where-fighting", "Kursk"},
		{"the second question follows the first", nil, "Who captured the North Korean soldiers that South Korea wants to take, was it Russia? Or Ukraine?", "who-proposed", "captured by Ukraine"},
		{"a reply to a question asked back", []string{"what did he say?"}, "budanov, i mean", "combat-experience", ""},
		{"a statement says whom the question asked back meant", []string{"what did he say?"}, "sorry, meant the foreign minister. what did he offer ukraine?", "what-proposed", ""},
		{"a bare name replies to a question asked back", []string{"what did he say?"}, "budanov", "combat-experience", ""}, // not who he is
		{"a bare question word asks of the question before", nil, "north korea sent troops to russia?? since when", "when-sent", "Last year"},
		{"who is warning this, of the last answer", []string{"can north korea send more troops even after its losses?"}, "who is warning this?", "more-troops", "Joint Chiefs"},
		{"who made it so", []string{"KN-23?"}, "who made it more accurate", "kn23", "Russia"},
		{"the Ukrainian guy", nil, "what did the ukrainian guy say", "combat-experience", "Budanov"},
		{"the one that acts for a country", []string{"name the two officials quoted in the report", "what did he say?"}, "the ukrainian one", "combat-experience", ""},
		{"the other guy, than the one named", []string{"who is cho tae-yul?"}, "what did the other guy say?", "combat-experience", "Budanov"},
		{"the other guy, than the one the message names", []string{"what did the korean minister Budanov offer to ukraine?"}, "oh wait, I mixed them up, Cho is the korean one. so what's the other guy's job then", "budanov-role", "Defense Intelligence"},
		{"the other guy, then he", []string{"what did the korean minister Budanov offer to ukraine?", "oh wait, I mixed them up, Cho is the korean one. so what's the other guy's job then"}, "and which country is he from", "budanov-role", "Ukraine"},
		{"the other guy, of two, asked back and replied", []string{"which people are named in the report?", "what did the other guy say?"}, "budanov i mean", "combat-experience", ""},
		{"the other figure, of the last answer's topic", []string{"how many nk died by early feb?"}, "and the other figure?", "losses-january", "3,000"},
		{"that ... them, of the last answer", []string{"what is north korea getting out of sending troops?"}, "how does that help them?", "combat-experience", "weapon"},
		{"them, a thing the last question named", []string{"whats going on with nk's kn-23 missiles"}, "who made them more accurate", "kn23", "Russia"},
		{"a fragment of the last question answered", []string{"how many north korean fatalities by early february?", "and ukraine's own losses in kursk?"}, "what about back in january?", "losses-january", "3,000"},
		{"a fragment after no question", []string{"what did budanov say?", "and?"}, "and the joint chiefs?", "more-troops", ""},
		{"anything else, the next entry related to the last", []string{"what did kyrylo budanov say about north korea's military?"}, "anything else?", "kn23", "KN-23"},
		{"and?, not an entry already given", []string{"what did budanov say?", "anything else?"}, "and?", "budanov-role", ""},
		{"what else, of its own topic first", []string{"what did the minister say about supporting ukraine?"}, "what else?", "will-accept", ""},
		{"anything else, with nothing before", nil, "anything else?", "", ""},
		{"tell me more about him, the one the last answer was of", []string{"who's Cho Tae-yul?"}, "tell me more about him", "who-proposed", "proposed"},
		{"that in, the place the last answer names", []string{"where are nk troops fighting"}, "is that in russia or ukraine?", "kursk-control", "Russia"},
		{"updated later, by the month of the next date", []string{"what's the NK casualty count as of january 2025?", "and wounded?"}, "do those numbers get updated later, like by february?", "fatalities-feb", "4,000"},
		{"updated later, by a month of no figure", []string{"what's the NK casualty count as of january 2025?"}, "do those numbers get updated later, like by march?", "", ""},
		{"there in person, no place", []string{"who proposed accepting the POWs?"}, "was he there in person or what?", "how-proposed", "phone call"},
		{"a few weeks later, the figure of the next date", []string{"how many nk soldiers were killed or injured as of january 2025?"}, "and a few weeks later?", "fatalities-feb", "4,000"},
		{"before that, the figure of the date before", []string{"how many nk soldiers died by early february?"}, "and before that?", "losses-january", "3,000"},
		{"after that, and the report gives no later date", []string{"how many nk soldiers died by early february?"}, "and after that?", "", ""},
		{"over there, where the last answer sends them", []string{"is nk gonna send even more troops?", "says who on the more troops thing?"}, "how many are already over there?", "troop-count", "Thousands"},
		{"get out of it, whatever it is", []string{"what are the nk troops doing in kursk?"}, "what does nk get out of it?", "combat-experience", "experience"},
		{"back to what was said, and the question after it", []string{"who's offering to take in the nk pows", "how'd that minister pitch it?"}, "ok going back to the first thing you said, do the soldiers get a say or nah", "condition", "want"},
		{"a measure replies to the other number asked back", []string{"how many troops did nk send to russia", "what about the other number?"}, "the dead ones", "losses", "3,000"},
		{"which paragraph, after a message answered whole after a question turned down", []string{"how is the weather today?", "I read the article. How many troops did north korea send?"}, "which paragraph?", "troop-count", "paragraph 4"},
		{"the guy from earlier, the one person named", []string{"who's cho tae-yul", "and what's kn-23?"}, "what else did the guy from earlier say?", "will-accept", "accept"},
		{"that guy, the one person named", []string{"who is budanov"}, "what did that guy say?", "combat-experience", ""},
		{"any proof, which the report never gives", []string{"what did budanov say?"}, "any proof for that?", "", ""},
		{"he, named in an answer from a sentence of the report", []string{"tell me about the pow proposal", "ok, what did the minister say then"}, "how did he present it", "how-proposed", "phone call"},
		{"what else did he say, besides what is set aside", []string{"what is cho tae-yul's job?"}, "going back to the minister, what else did he say besides the offer?", "sk-support", "support"},
		{"anything beyond what is set aside, asked first", nil, "did cho say anything beyond the pow offer?", "sk-support", "support"},
		{"what else did he say, after what he said", []string{"what did cho say about supporting ukraine?"}, "what else did he say?", "who-proposed", ""},
		{"who else besides, a question of its own", nil, "who else besides ukraine is saying nk sent troops?", "who-says-sent", ""},
		{"anything else, after a question turned down", []string{"what did budanov say?", "how old is he?"}, "anything else?", "", ""},
		{"there, a place named before countries", []string{"where are the nk troops now?", "when did they go to russia?"}, "who holds that area?", "kursk-control", ""},
		{"there, not where they are from", []string{"when did nk last fight in a war before this one", "and when did they send troops to russia?"}, "what are they doing there", "kursk-activity", ""},
		{"each other, the people named", []string{"who are the two main people named in this?"}, "did they ever talk to each other", "", ""},
		{"them, not the group of the one who takes them", []string{"sk n ukraine talks, whats the focus"}, "is sk gonna take them in?", "will-accept", ""},
		{"a return to an earlier topic opens the question", []string{"what does south korea's military expect north korea to do next?"}, "going back to the losses - what number did ukraine report?", "losses", "3,000"},
		{"even after, of the last answer, in other words", []string{"anyone know what the sk joint chiefs said"}, "even after all the losses they took?", "more-troops", "despite"},
		{"what a declined question meant, still not in the report", []string{"how many of them were captured?"}, "the north korean soldiers fighting for russia", "", ""},
		{"who is he, not a question tag", []string{"what did he say about it?"}, "sorry i mean budanov. who is he", "budanov-role", ""},
		{"they, the figures just given", []string{"give me the casualty numbers for the nk soldiers"}, "are they reliable then?", "losses", "estimate"},
		{"what's the higher number, of the figures just given", []string{"how many nk soldiers were killed or injured by january?"}, "what's the higher number then?", "losses-january", "4,000"},
		{"both numbers, the figures just given", []string{"what casualty numbers does the report give for north korean troops?"}, "do both numbers count the same thing?", "losses", "injured"},
		{"does it say how many, of the last question", []string{"what did the south korean jcs say?"}, "does it say how many?", "", ""},
		{"two questions, each its answer", []string{"why is the report worried about north korea?"}, "Is its involvement growing? Are more troops coming?", "growing-involvement", "more troops"},
		{"them, the group the user named, not one of several an answer named", []string{"how many nk soldiers does this say are fighting for russia?", "thousands is vague. is there an exact number?"}, "who's reporting that nk sent them?", "who-says-sent", "Kyiv"},
		{"that one of two figures, asked back and replied", []string{"give me the casualty numbers for the nk soldiers", "is that one official?"}, "the january one", "losses-january", "Ukraine's reported figure"},
		{"his sources, not who says so", []string{"what did budanov say?"}, "how does he know that?", "", ""},
		{"before or after a date, of the last answer's date", []string{"how many nk soldiers died by early february?"}, "is that before or after january?", "fatalities-feb", "February"},
		{"to whom, the one the last answer says", []string{"who's the sk foreign minister?", "what did he offer?"}, "to who", "what-proposed", "Ukraine"},
		{"to whom, and the last answer does not say", []string{"how many nk soldiers died by early february?"}, "to whom?", "", ""},
		{"that country, a country named before", []string{"who controls kursk?"}, "what has that country done to north korea's missiles?", "kn23", "Russia"},
		{"did a named one confirm it, not how sure the report is", []string{"how many nk soldiers died by early february?"}, "did north korea confirm it?", "", ""},
		{"their sources, not who says so", []string{"what did the sk joint chiefs of staff warn about?"}, "how do they know that?", "", ""},
		{"a fragment of a date the report does not give", []string{"how many nk soldiers were killed or injured by january?"}, "and in march?", "", ""},
		{"who reports that they are, of the last answer", []string{"is this the first war nk fights in for a long time?"}, "and who is reporting that they're involved?", "first-since-1950s", "Kyiv"},
		{"a fragment the answer does not speak of", []string{"is sk helping ukraine or nah"}, "like with weapons?", "", ""},
		{"with ..., a fragment that narrows the last question", []string{"does sk back ukraine in this?"}, "with weapons too?", "", ""},
		{"did they say when, and the answer gives no time", []string{"who says north korea might send more troops to russia?"}, "did they say when?", "", ""},
		{"for that, of the last answer, answered by another", []string{"what has russia done for north korea's missiles?"}, "what does russia get back for that?", "", ""},
		{"which of them is right, of them asks nothing", []string{"how long has cho been foreign minister?"}, "so which of them is right?", "", ""},
		{"verified independently, of others the report does not cite", []string{"how many nk soldiers were killed or injured by january?"}, "has anyone independently verified it?", "", ""},
		{"why of the last answer, which gives no reason", []string{"what did the jcs say?"}, "why do they think that?", "", ""},
		{"why of the last answer, the reason another entry gives", []string{"how many troops did north korea send"}, "why would they do that", "why-sent", "bolster"},
		{"a new question announced, not a comparison", []string{"how many nk died by early feb"}, "different question - what does sk plan for the captured soldiers", "what-proposed", ""},
		{"a country's military without its possessive, the Joint Chiefs", []string{"the prisoners must do what for go to korea?"}, "and what do south korea military say?", "more-troops", "Joint Chiefs"},
		{"a new topic announced, chat before the question", []string{"r they gonna send the POWs to south korea"}, "wait unrelated but whats kursk", "where-fighting", "Kursk"},
		{"they, the one country the last question named", []string{"why does south korea care about this?"}, "do they work together with ukraine?", "collaboration", ""},
		{"what about another, without what the last one's question set aside", []string{"did cho say anything besides the pow offer?"}, "and the jcs?", "more-troops", ""},
		{"which is higher, after a question turned down", []string{"how many nk soldiers were killed or injured by january?", "has anyone independently verified it?"}, "what's the higher number then?", "losses-january", "4,000"},
		{"how sure are they, the figures just given", []string{"give me the casualty numbers for the nk soldiers"}, "how sure are they?", "losses", "estimate"},
		{"that estimate, the one of two figures its answer calls so", []string{"give me the casualty numbers for the nk soldiers", "how sure are they?"}, "who came up with that estimate?", "", "doesn't say who"},
		{"a country for a people, still a people", []string{"how many north koreans died in this"}, "what about ukraine's side? how many did they lose", "", ""},
		{"why, of what the article says, asked back", []string{"what does the article actually say about russia"}, "why?", "", "What do you mean"},
		{"where exactly, of a question answered in part, still answered", []string{"are the nk soldiers actually fighting or just standing around there?"}, "where exactly?", "where-fighting", "Kursk"},
		{"the first one, of the figures a question before names", nil, "the article has 2 casualty figures right? what's the first one", "losses-january", "3,000"},
		{"the latest one, of the figures just given", []string{"how many nk soldiers died?"}, "and the latest one?", "fatalities-feb", "4,000"},
		{"the first one to say it asks more than which figure", []string{"how many nk soldiers died?"}, "who was the first one to say it?", "", ""},
		{"only if what, the condition", []string{"is south korea going to take in nk pows?"}, "only if what?", "condition", ""},
		{"toward a name, for the name after the same word", []string{"What is South Korea's stance toward Ukraine in all this?"}, "and toward the nk pows?", "will-accept", ""},
		{"whom it meant and a question of them, in one sentence", []string{"what did he say?"}, "i mean budanov, what did they say", "combat-experience", ""},
		{"going back to the start, a place in the talk, not a topic", []string{"Is North Korea expected to send more soldiers to Russia?", "Who is saying that?"}, "Thanks. Going back to the start, is this really the first time North Korea has fought in a war like this?", "first-since-1950s", "1950s"},
		{"what about that one, after two figures, asked back", []string{"3000 or 4000?", "which one is more recent"}, "what about that one?", "", "What do you mean"},
		{"whom the report names, a question of its own", []string{"what is this about"}, "who are the main people", "cho-role", "Budanov"},
		{"which paragraph, after a question turned down", []string{"what did budanov say?", "what about the south koreans?"}, "which paragraph?", "", ""},
		{"whats, a question of its own after a question turned down", []string{"ok so what did south korea actually propose to ukraine", "what about russia, does it say how moscow reacted?"}, "whats the kn-23", "kn23", "KN-23"},
		{"a topic put first, then a question of it, after and", []string{"Under which condition will South Korea take the prisoners?"}, "And this 'collaborative approach', with whom is it?", "approach", "Ukraine"},
		{"the other guy, in a statement before the question", []string{"who is cho tae-yul?", "who is budanov?"}, "No, not him, the other guy. How did he present the offer?", "how-proposed", "phone"},
		{"whats, a question of its own after a question asked back", []string{"ok so did he agree or not"}, "whatever. whats sk offering", "what-proposed", ""},
	}
	checkTurns(t, e, tests)
}

// An entry given for "anything else?" answers no yes-or-no question: its
// curated "Yes." is left off, as for any question that asks none.
func TestMoreHasNoYesOrNo(t *testing.T) {
	e := testEngine(t)
	as := converse(e, "why are the talks significant?", "anything else?", "anything else?", "anything else?", "anything else?")
	given := 0
	for i, a := range as[1:] {
		if !a.Answered {
			continue
		}
		given++
		for _, o := range polarOpenings {
			if strings.HasPrefix(a.Text, o) {
				t.Errorf("anything else? (%d) = %q (%s), want no %q", i+1, a.Text, a.EntryID, o)
			}
		}
	}
	if given < 2 {
		t.Errorf("anything else? gave %d entries, want at least 2 to check", given)
	}
}

// A follow-up with nothing to refer to, or one of several, is asked back,
// with the candidates the report has.
func TestAskingBack(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name   string
		before []string
		q      string
		says   string
	}{
		{"he, first", nil, "what did he say?", "Who do you mean? I can tell you about Cho Tae-yul or Kyrylo Budanov."},
		{"her, no woman named", []string{"is this the first time nk has joined a war like this?"}, "and her?", "Cho Tae-yul or Kyrylo Budanov"},
		{"he, two men named", []string{"Who is Cho Tae-yul and who is Kyrylo Budanov?"}, "Which country does he represent?", "Cho Tae-yul or Kyrylo Budanov"},
		{"he, after the people the report names", []string{"which officials are named in the report?"}, "what did he say?", "Cho Tae-yul or Kyrylo Budanov"},
		{"that, first", nil, "is that true?", `What do you mean by "that"?`},
		{"they who did what is asked, first", nil, "what did they decide?", "Who do you mean?"},
		{"who says, first", nil, "who says?", "What do you mean"},
		{"those figures, none given", []string{"What are the North Korean troops doing in Kursk?"}, "What about those figures?", "What do you mean"},
		{"which one, first", nil, "which one is bigger?", `What do you mean by "which one"?`},
		{"same question, first", nil, "same question for february", `What do you mean by "same question"?`},
		{"how many, first", nil, "how many?", `What do you mean by "how many"?`},
		{"that one, of two figures", []string{"give me the casualty numbers for the nk soldiers"}, "is that one official?", `What do you mean by "that one"?`},
		{"the other guy, of two named", []string{"which people are named in the report?"}, "what did the other guy say?", "Cho Tae-yul or Kyrylo Budanov"},
		{"that guy, first", nil, "how reliable is that guy?", "Cho Tae-yul or Kyrylo Budanov"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := converse(e, append(tt.before, tt.q)...)
			a := as[len(as)-1]
			if a.Outcome != Clarify || a.Answered || !strings.Contains(a.Text, tt.says) {
				t.Errorf("%q after %q: %s (answered %v) %q, want asked back with %q", tt.q, tt.before, a.Outcome, a.Answered, a.Text, tt.says)
			}
		})
	}
}

// Small talk gets the pack's short reply: never a decline, nor the whole
// greeting.
func TestSmallTalk(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, says string }{
		{"thanks", "You're welcome"},
		{"thx!", "You're welcome"},
		{"ok thanks", "You're welcome"},
		{"good bot", "Glad it helped"},
		{"ok", "Anything else"},
		{"lol", "Ha!"},
		{"bye", "Bye!"},
		{"are you a bot?", "I'm a bot"},
		{"who made you?", "The people who run me"},
		{"help", "Ask me a question"},
		{"thanks bot", "You're welcome"},
		{"Thank you very much, is very helpful for me.", "Glad it helped"},
		{"thanks, this was really helpful", "Glad it helped"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if a.Outcome != Chat || a.Answered || !strings.Contains(a.Text, tt.says) {
				t.Errorf("Answer(%q) = %s %q, want small talk saying %q", tt.q, a.Outcome, a.Text, tt.says)
			}
		})
	}
	// before a question, small talk is dropped
	if a := e.Answer("thx. and who is cho tae-yul?"); a.EntryID != "cho-role" {
		t.Errorf("small talk before a question: %s %q", a.Outcome, a.Text)
	}
	if a := e.Answer("hi there"); a.Outcome != Greeting {
		t.Errorf("a greeting is %s", a.Outcome)
	}
}

// A question in another language is told so in it, and in English how to
// ask; never "the report doesn't say".
func TestOtherLanguages(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, locale, lang, says string }{
		{"Korean", "북한군은 어디에서 싸우고 있나요?", "", "ko", "영어로"},
		{"Ukrainian", "Скільки північнокорейських солдатів загинуло?", "", "uk", "англійською"},
		{"Russian", "Сколько северокорейских солдат погибло?", "", "ru", "по-английски"},
		{"Russian by its words", "Кто такой Буданов?", "", "ru", "по-английски"},
		{"Spanish", "¿Dónde están luchando los soldados de Corea del Norte?", "", "es", "inglés"},
		{"a script the pack has no line for, by the locale", "ทหารเกาหลีเหนือกี่คน", "ru", "ru", "по-английски"},
		{"a script the pack has no line for", "ทหารเกาหลีเหนือกี่คน", "", "", "Please ask in English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := e.AnswerIn(Conversation{}.WithLocale(tt.locale), tt.q)
			if a.Outcome != OtherLanguage || a.Answered || a.Language != tt.lang || !strings.Contains(a.Text, tt.says) || !strings.Contains(a.Text, "Please ask in English") || len(a.Related) == 0 {
				t.Errorf("%q: %s %s %q, want %s saying %q, the English line and questions to ask", tt.q, a.Outcome, a.Language, a.Text, tt.lang, tt.says)
			}
		})
	}
	for _, q := range []string{"Who is Cho Tae-yul?", "where are the nk troops", "Is the KN-23 accurate?", "qui est Budanov"} {
		if a := e.Answer(q); a.Outcome == OtherLanguage && q != "qui est Budanov" {
			t.Errorf("%q was read as %s", q, a.Language)
		}
	}
}

func TestSplitMessage(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Who is Cho? And Budanov?", []string{"Who is Cho?", "And Budanov?"}},
		{"The U.S. says so. Who else?", []string{"The U.S. says so.", "Who else?"}},
		{"It was 3.5 km away... why?", []string{"It was 3.5 km away...", "why?"}},
		{"tl;dr of the report?", []string{"tl;dr of the report?"}},
		{"Mr. Cho said it\nwhat did he say", []string{"Mr. Cho said it", "what did he say"}},
		{"how many died by feb?? 💀 insane", []string{"how many died by feb??", "insane"}}, // an emoji ends a thought
		{"over 3,000 died. by feb 4.000?", []string{"over 3,000 died.", "by feb 4.000?"}},
	}
	for _, tt := range tests {
		if got := splitMessage(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A conversation is small, and stays so however long it goes on.
func TestConversationBounded(t *testing.T) {
	e := testEngine(t)
	var c Conversation
	qs := []string{"who is cho tae-yul?", "what did he propose?", "anything else?", "how many nk soldiers died by early february?", "is that figure official?", "where are they fighting?", "who controls that area?", "and in january?", "what about russia?"}
	for i := 0; i < 50; i++ {
		_, c = e.AnswerIn(c, qs[i%len(qs)])
	}
	if len(c.refs) > maxRefs || len(c.base) > maxBaseWords || len(c.given) > maxGiven || c.Size() > 4096 {
		t.Errorf("after 50 turns: %d referents, %d words, about %d bytes; want at most %d, %d, 4096", len(c.refs), len(c.base), c.Size(), maxRefs, maxBaseWords)
	}
}

// A conversation begun with one pack starts again with another (a pack
// reloaded while the bot runs): its entries are not the new pack's.
func TestConversationOfAnotherPack(t *testing.T) {
	e := testEngine(t)
	_, c := e.AnswerIn(Conversation{}, "how many nk soldiers died by early february?")
	if a, _ := e.AnswerIn(c, "is that figure official?"); a.EntryID != "fatalities-feb" {
		t.Fatalf("same pack: %s %q", a.Outcome, a.Text)
	}
	other := testEngine(t) // loaded again: another pack
	if a, _ := other.AnswerIn(c, "is that figure official?"); a.Answered {
		t.Errorf("another pack answered %q from the old conversation", a.Text)
	}
}

// A "which number" that names what it chooses between, or where the figure
// comes from, is asked as it stands, not asked back, even as a first
// message.
func TestWhichNumberOfItsOwn(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{
		"which number is bigger, ukraine report in january or the number in february?",
		"Ukraine side reported about losses of north koreans, which number they said?",
	} {
		t.Run(q, func(t *testing.T) {
			a := converse(e, q)[0]
			if !a.Answered || !strings.Contains(a.Text, "3,000") {
				t.Errorf("%q: %s %q, want the figures answered", q, a.Outcome, a.Text)
			}
		})
	}
}

// "Is that right?" after a statement in the same message asks the
// statement, not what "that" refers to.
func TestTruthCheckAsksTheStatement(t *testing.T) {
	e := testEngine(t)
	a := converse(e, "Budanov heads Ukraine's military intelligence. Is that correct?")[0]
	if !a.Answered || a.EntryID != "budanov-role" {
		t.Errorf("got %s %s %q, want budanov-role answered", a.Outcome, a.EntryID, a.Text)
	}
	for _, ws := range [][]string{{"is", "that", "right"}, {"true"}, sentenceWords("Does the report suggest that, or the opposite?"), sentenceWords("does the article say so"), sentenceWords("Can you verify that?"), sentenceWords("could you confirm this")} {
		if !checksTruth(ws) {
			t.Errorf("checksTruth(%q) = false, want true", ws)
		}
	}
	if checksTruth([]string{"who", "says", "that"}) {
		t.Error(`checksTruth("who says that") = true, want false`)
	}
	if checksTruth(sentenceWords("can you verify who said that")) {
		t.Error(`checksTruth("can you verify who said that") = true, want false`)
	}
	if checksTruth(sentenceWords("what does the report say about that")) {
		t.Error(`checksTruth("what does the report say about that") = true, want false`)
	}
}

// A reply to a question asked back may name one not offered, of the kind
// its reference is, and go on with what the question was of; said in the
// possessive ("Ukraine's" for "their"), it is the name.
func TestReplyNamesOneNotOffered(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, asked, reply, want string }{
		{"name and what it was of", "did they agree?", "ukraine, to the south korean offer", "did ukraine agree to the south korean offer"},
		{"possessive for their", "What's their position on the POW transfer?", "Ukraine's", "what's ukraine's position on the pow transfer"},
		{"possessive for they", "what did they decide?", "south korea's", "what did south korea decide"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, c := e.AnswerIn(Conversation{}, tt.asked)
			got, ok := e.fillPending(c, sentenceWords(tt.reply), nil)
			if !ok || joinWords(got) != tt.want {
				t.Errorf("fillPending(%q) after %q = %q, %v; want %q", tt.reply, tt.asked, joinWords(got), ok, tt.want)
			}
		})
	}
	checkTurn(t, e, []string{"What's their position on the POW transfer?"}, "Ukraine's", "", "")
}

// A request for more names nothing: "and?", "anything else?", "tell me
// more"; a question with a topic, or a word alone, is no such request.
func TestAsksMore(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"and?", true},
		{"anything else?", true},
		{"ok so anything else then?", true},
		{"what else does the report say?", true},
		{"tell me more", true},
		{"like what?", true}, // an example of what was just said
		{"for example?", true},
		{"like what weapons?", false}, // names what it asks
		{"go on", true},
		{"hmm", false},
		{"ok", false},
		{"more troops?", false},
		{"what else is nk getting out of the war", false},
		{"and in february?", false},
	} {
		if got := asksMore(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("asksMore(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// What a question sets aside begins after "besides", "beyond", "apart
// from", "other than", "except for"; "else" sets nothing aside.
func TestAsideFrom(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"what else did he say besides the offer", 6},
		{"did cho say anything beyond the pow offer", 5},
		{"apart from the offer what did he say", 2},
		{"what did he say other than that", 6},
		{"what else did he say", 0},
	} {
		if got := asideFrom(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("asideFrom(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// A fragment asks for a later or an earlier date only when it names
// nothing else; as_of dates order by year, month, and early, mid or late.
func TestLaterAsked(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"and a few weeks later?", 1},
		{"what about after that?", 1},
		{"and before that?", -1},
		{"a couple of months earlier", -1},
		{"later?", 1},
		{"and injured later?", 0},
		{"what happened later in kursk?", 0},
		{"and?", 0},
		{"do those numbers get updated later, like by february?", 1},
		{"do those numbers get revised later, in march?", 1},
		{"and in february?", 0},
		{"did they say later in march", 0},
	} {
		if got := laterAsked(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("laterAsked(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		asOf string
		ok   bool
	}{{"January 2025", true}, {"early February 2025", true}, {"January and early February 2025", false}, {"2024", false}, {"", false}} {
		if _, ok := asOfKey(tt.asOf); ok != tt.ok {
			t.Errorf("asOfKey(%q) ok = %v, want %v", tt.asOf, ok, tt.ok)
		}
	}
	jan, _ := asOfKey("January 2025")
	feb, _ := asOfKey("early February 2025")
	if jan >= feb {
		t.Errorf("January 2025 (%d) orders after early February 2025 (%d)", jan, feb)
	}
}

// A country put in the place of a people is said as its people, when the
// pack has a name for them.
func TestPeopleName(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		concept, want string
	}{
		{"ukraine", "ukrainians"},
		{"russia", "russians"},
		{"kursk", ""}, // a place has no people of its own name
	}
	for _, tt := range tests {
		if got := strings.Join(e.peopleName(tt.concept), " "); got != tt.want {
			t.Errorf("peopleName(%q) = %q, want %q", tt.concept, got, tt.want)
		}
	}
}

// A reply to a declined question says what it meant only when it asks
// nothing of its own, however it opens.
func TestSaysWhatWasMeant(t *testing.T) {
	e := testEngine(t)
	c := Conversation{declined: true, lastWords: sentenceWords("they get korean passport")}
	for _, tt := range []struct {
		reply string
		ok    bool
	}{
		{"i mean the north korean soldiers", true},
		{"what do south korea military say", false},
		{"and what do south korea military say", false},
	} {
		t.Run(tt.reply, func(t *testing.T) {
			if _, ok := e.saysWhatWasMeant(c, sentenceWords(tt.reply)); ok != tt.ok {
				t.Errorf("saysWhatWasMeant(%q) ok = %v, want %v", tt.reply, ok, tt.ok)
			}
		})
	}
}

func TestDatesIt(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"when was that number from?", true},
		{"when is this figure from", true},
		{"when was that?", true}, // of an answer with no date, turn() reads it as a fragment instead
		{"when was that number reported by kyiv?", false},
		{"when were troops sent?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := datesIt(sentenceWords(tt.q)); got != tt.want {
				t.Errorf("datesIt(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestMovesAfter(t *testing.T) {
	tests := []struct {
		q    string
		at   int
		want bool
	}{
		{"where would they go?", 3, true},
		{"where are they moving to?", 3, true},
		{"what did they say?", 3, false},
		{"they said they would go", 1, false}, // too far after
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := movesAfter(sentenceWords(tt.q), tt.at); got != tt.want {
				t.Errorf("movesAfter(%q, %d) = %v, want %v", tt.q, tt.at, got, tt.want)
			}
		})
	}
}

// "and then?" asks what the report tells next: of the related entries
// not given, one cited after the last answer comes first.
func TestAsksNextInTime(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"and then?", true},
		{"then?", true},
		{"and?", false},
		{"anything else then?", false},
		{"and then what about russia?", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := asksNextInTime(sentenceWords(tt.q)); got != tt.want {
				t.Errorf("asksNextInTime(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	last, ok := e.byID["when-sent"]
	if !ok {
		t.Fatal("no when-sent entry")
	}
	var related []int
	for _, id := range e.pack.Entries[last].Related {
		related = append(related, e.byID[id])
	}
	got := e.byWhatFollows(last, related)
	lp, lo, _ := e.citedAt(last)
	p, o, _ := e.citedAt(got[0])
	if p < lp || p == lp && o <= lo {
		t.Errorf("byWhatFollows put first %s, cited at ¶%d+%d, not after ¶%d+%d", e.pack.Entries[got[0]].ID, p, o, lp, lo)
	}
}

func TestPlaceIn(t *testing.T) {
	tests := []struct {
		q, name string
		want    bool
	}{
		{"is north korea fighting in ukraine", "ukraine", true},
		{"is north korea fighting in ukraine", "north korea", false},
		{"how are troops handled in russia", "russia", true},
		{"where are nk fighting at", "nk", false},
	}
	for _, tt := range tests {
		t.Run(tt.q+"/"+tt.name, func(t *testing.T) {
			if got := placeIn(sentenceWords(tt.q), sentenceWords(tt.name)); got != tt.want {
				t.Errorf("placeIn(%q, %q) = %v, want %v", tt.q, tt.name, got, tt.want)
			}
		})
	}
}

// A correction after a question asked back ("sorry i meant ...") is the
// question meant, without the words that correct: "meant" is no term the
// report must speak of.
func TestCorrectsAfterAskingBack(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		name, ask, reply, want string
	}{
		{"sorry i meant a whole thing", "what are those numbers?", "sorry i meant the casualty numbers for north korean troops", "3,000"},
		{"i meant, no sorry", "what are those numbers?", "i meant the casualty numbers for north korean troops", "3,000"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			as := converse(e, tt.ask, tt.reply)
			got := as[len(as)-1]
			if !got.Answered || !strings.Contains(got.Text, tt.want) {
				t.Errorf("%q after %q: answered %v %q, want an answer with %q", tt.reply, tt.ask, got.Answered, got.Text, tt.want)
			}
		})
	}
}

// TestAnswerNamesItsTroops: the answer to why North Korea sent troops
// names its troops by whose they are, so a "they" after it is offered
// North Korea's troops, never "Ukraine and its troops" as one group.
func TestAnswerNamesItsTroops(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"they after why-sent", []string{"which region are the nk guys deployed in", "so is that russia or ukraine"}, "what are they doing there apart from fighting", "", "north korean troops"},
	})
}

// "are they still there?" asks what they are doing there; "these guys"
// is they.
func TestStillThere(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"and are these guys still there?", "what are these guys doing there"},
		{"are they still in kursk", "what are they doing in kursk"},
		{"are they still fighting?", ""},
		{"is south korea still backing ukraine?", ""},
	} {
		rw, ok := stillThere(sentenceWords(tt.q))
		if got := joinWords(rw); ok != (tt.want != "") || got != tt.want {
			t.Errorf("stillThere(%q) = %q %v, want %q", tt.q, got, ok, tt.want)
		}
	}
	if refs := findReferences(sentenceWords("are these guys still there")); len(refs) != 2 || refs[0].want != "they" || refs[0].word != "these guys" {
		t.Errorf("these guys: %+v", refs)
	}
}
