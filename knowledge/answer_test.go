package knowledge

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestAnswers(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q       string
		wantID  string
		wantPar int // a paragraph the answer must cite
	}{
		{"Who proposed accepting North Korean POWs?", "who-proposed", 1},
		{"Seoul's offer to Kyiv", "what-proposed", 2},
		// words read by their neighbours (senses.go)
		{"what was the phone call about", "what-proposed", 3},                    // what was proposed on it
		{"Whose forces are the North Korean troops reinforcing?", "why-sent", 4}, // bolstering Russia's
		{"did the jcs bring up the captured nk soldiers too?", "more-troops", 5}, // raising a topic, not presenting
		{"what is budanovs role", "budanov-role", 7},
		{"who is kyrilo budanov", "budanov-role", 7},
		{"wat happend to the kn23 missles", "kn23", 7},
		{"KN-23", "kn23", 7},
		{"kn 23", "kn23", 7},
		{"jcs warning", "more-troops", 5},
		{"What is the name of the region where North Korean troops are fighting?", "where-fighting", 6}, // the name of a place asks where, its "where" clause says which
		{"did cho say it in a speech or what", "how-proposed", 3},                                       // a way of making it the report does not say was used
		{"what is the substance of the talks?", "talks-focus", 2},                                       // the substance, as the gist
		{"can the pows relocate to seoul", "will-accept", 2},
		{"How many North Korean soldiers died", "losses", 5},
		{"source", "source", 0},
		{"Besides Kyiv, who says North Korea sent troops?", "who-says-sent", 4},                          // others say so too
		{"support for ukraine", "sk-support", 4},                                                         // South Korea's, not North Korea's for Russia
		{"Budanov's agency?", "budanov-role", 7},                                                         // a person's is their country's
		{"NK toll so far?", "losses", 5},                                                                 // a toll is of the dead
		{"If captured North Koreans want to leave, can they relocate to South Korea?", "will-accept", 2}, // after a premise, "they" for its names
		{"Is the Kursk region controlled by Russia or Ukraine?", "kursk-control", 6},                     // one of the alternatives is enough
		{"Do we know how many troops North Korea has sent?", "troop-count", 4},                           // "know how" is not "know-how"
		{"What does the story say about Kursk?", "where-fighting", 6},                                    // framing is not the question
		{"What does the article say?", "summary", 1},
		{"Which country did North Korea send its soldiers to last year?", "when-sent", 6},                  // where it sent them: "to" before a time
		{"so the nk troops sent last year, are they still fighting rn", "kursk-activity", 6},               // not when they were sent, which the premise recalls
		{"According to whom is North Korea's military gaining combat experience?", "combat-experience", 7}, // who says so
		{"north korean deaths february", "fatalities-feb", 8},                                              // one sentence gives both
		{"wounded in january", "losses-january", 5},
		{"is kursk under russian or ukrainian control", "kursk-control", 6},                                       // either owner is a fair question
		{"were the soldiers captured by Ukraine, not by Russia?", "captured", 1},                                  // a name after "not" is the other one weighed
		{"Was the offer made in person or over the phone?", "how-proposed", 3},                                    // the report speaks of one
		{"Has Moscow made NK missiles more accurate?", "kn23", 7},                                                 // Russia did
		{"Did the US say North Korea sent troops?", "who-says-sent", 4},                                           // one of a list that says
		{"Did Seoul reiterate its support for Kyiv?", "sk-support", 4},                                            // Cho did, for South Korea
		{"Who says the North Korean military is gaining experience?", "combat-experience", 7},                     // the answer says who
		{"Who is the source of the claim that North Korea is gaining combat experience?", "combat-experience", 7}, // saying written as a noun
		{"Which missile name is in the article?", "kn23", 7},                                                      // the name of a thing: the KN-23 its answer names
		{"what is the name of the missile", "kn23", 7},
		{"which countries are discussing the POWs", "talks-focus", 2},                                  // the act, naming neither of those it is between
		{"Did the number of North Korean casualties go up between January and February?", "losses", 8}, // a change between two dates sets the two figures side by side
		{"How did the North Korean casualty numbers change between January and early February?", "losses", 8},
		{"why is this article important", "significance", 9},                        // asked again without "article"
		{"Please explain what Russia did to the KN-23", "kn23", 7},                  // a request, not a topic
		{"What's going on with North Korean troops in Kursk?", "kursk-activity", 6}, // a frame, not a topic
		{"Update on North Korean casualties?", "losses", 5},
		{"btw where r the nk troops fighting lol", "where-fighting", 6},                // chat
		{"how many North Koreans died", "losses", 5},                                   // the people it counts
		{"How many troops did North Korea send and where are they?", "troop-count", 4}, // the first part it can answer
		{"Were there casualties among North Korean troops?", "losses", 5},              // "among" is no topic
		{"What makes this story important?", "significance", 9},                        // one term left without "story" is enough
		{"Who in Seoul's government offered to take the POWs?", "who-proposed", 1},     // the government is the country
		{"Were up to 4,000 North Korean soldiers killed?", "fatalities-feb", 8},        // "up to" hedges the number
		{"Where in Russia are the North Korean troops?", "where-fighting", 6},          // Kursk is within Russia
		{"Could North Korean POWs end up living in South Korea?", "will-accept", 2},
		{"Will the prisoners get to South Korea?", "will-accept", 2}, // "get to" a place is relocating, offered
		{"Which organization does Budanov head?", "budanov-role", 7}, // a verb after a person, not his head
		{"Is Seoul standing behind Kyiv?", "sk-support", 4},
		{"What did the JCS in Seoul caution about?", "more-troops", 5},              // a place, not whose caution
		{"Whose welfare are South Korea and Ukraine discussing?", "talks-focus", 2}, // the entry about that welfare says whose
		{"Welfare of whom is the focus of the talks?", "talks-focus", 2},
		{"Who controls the area where North Korean troops are?", "kursk-control", 6},            // "where" opens a clause naming the area
		{"How many North Korean soldiers who had died by early February?", "fatalities-feb", 8}, // "who" opens a clause saying which
		{"Where did the North Koreans die?", "fatalities-feb", 8},
		{"How many North Korean troops died by early February 2025?", "fatalities-feb", 8},          // the year is the fact's (as_of), not in its sentence
		{"North Korea was in a war before, when?", "first-since-1950s", 1},                          // "before" alone is "previously"
		{"north korea fight before in some war like this?", "first-since-1950s", 1},                 // a preposition is no object of "before"
		{"When did the deployment take place?", "when-sent", 6},                                     // "take place" is no taking in
		{"What has Ukraine reported about North Korean soldiers?", "losses-january", 5},             // what Ukraine says, not the summary
		{"What are the NK troops up to in Russia?", "kursk-activity", 6},                            // and elsewhere asks what they do
		{"What did Cho emphasize on the phone call?", "sentence-3-1", 3},                            // what he said, not how he said it
		{"What did the minister stress when he presented the proposal?", "sentence-3-1", 3},         // "he" is the minister
		{"To whom did South Korea propose the collaborative approach?", "approach", 2},              // the answer says with whom
		{"who r the norks collabing with to level up their weapons", "combat-experience", 7},        // "with" left at the end
		{"Which country do the KN-23 missiles belong to?", "kn23", 7},                               // the answer says whose
		{"By whom were captured the soldiers about which minister Cho is speaking?", "captured", 1}, // the clause says which soldiers
		{"What gets the north korean army from fighting together with the russians?", "combat-experience", 7},
		{"South Korea say what about the North Korean soldiers that Ukraine catch?", "what-proposed", 1}, // a learner's order; "catch" the verb
		{"which countries are in these POW talks?", "talks-focus", 2},                                    // the answer says between whom
		{"is Budanov's claim confirmed or is it based on sources", "combat-experience", 7},               // the doubt's lesser side left out (doubt.go)
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if !a.Answered || a.EntryID != tt.wantID {
				t.Fatalf("Answer(%q) = %s %q (%s), want entry %s", tt.q, a.Outcome, a.EntryID, a.Text, tt.wantID)
			}
			cited := false
			for _, c := range a.Citations {
				cited = cited || c.Paragraph == tt.wantPar
			}
			if !cited {
				t.Errorf("citations %v, want one of paragraph %d", a.Citations, tt.wantPar)
			}
			if a.Source != "newsukraine.rbc.ua" {
				t.Errorf("source = %q", a.Source)
			}
			if a.Confidence < e.Threshold() || a.Confidence > 1 {
				t.Errorf("confidence = %v, want in [%v, 1]", a.Confidence, e.Threshold())
			}
		})
	}
}

// Losses differ by date: an answer about them gives both figures, each
// with its date and its citation, rather than picking one.
func TestLossesGiveBothFigures(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"How many North Korean soldiers died?", "casualties as of January", "deaths by early February", "nk losses"} {
		t.Run(q, func(t *testing.T) {
			a := e.Answer(q)
			if !a.Answered {
				t.Fatalf("Answer(%q) declined", q)
			}
			for _, want := range []string{"3,000", "January 2025", "4,000", "February"} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("answer %q lacks %q", a.Text, want)
				}
			}
			paras := map[int]bool{}
			for _, c := range a.Citations {
				paras[c.Paragraph] = true
			}
			if !paras[5] || !paras[8] {
				t.Errorf("citations %v, want paragraphs 5 and 8", a.Citations)
			}
		})
	}
}

// The near-miss guard: a question about something the best entry is not
// about is declined, not answered with a neighbouring fact.
func TestNearMissesAreDeclined(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q, why string
	}{
		{"what has russia done to the south korean military's missiles?", "the KN-23 missiles are North Korea's, not South Korea's"},
		{"How many Russian soldiers died?", "Russian, not North Korean, soldiers"},
		{"How confident is the article about the number of Russian troops?", "the troops counted are North Korea's (countedowner.go)"},
		{"how many russian troops are there?", "the troops counted are North Korea's (countedowner.go)"},
		{"Is it confirmed that South Korea accepted prisoners?", "the report gives only the offer (pastclause.go, offerasked.go)"},
		{"Is the troop number a hard count or an estimate?", "the troops sent are \"thousands\"; the 4,000 are fatalities (figuresure.go)"},
		{"how many casualties did ukraine sustain?", "the casualties are North Korea's; Ukraine only reports them (sufferedby.go)"},
		{"How many troops is Russia supposed to have sent to North Korea?", "North Korea sends, Russia receives (hedgeddeed.go)"},
		{"Isn't it the opposite, Russia sent troops to North Korea?", "North Korea sends, Russia receives (opposedlead.go)"},
		{"is it true that south korea sends troops?", "South Korea only reports the troops (factsayer.go)"},
		{"is it true that south korea will send troops?", "South Korea only reports the troops (factsayer.go)"},
		{"What will happen to the North Korean prisoners who do not wish to move to South Korea?", "the report tells nothing of those who refuse"},
		{"What happens to prisoners who don't wish to relocate?", "the report tells nothing of those who refuse"},
		{"What has Japan got to do with any of this?", "the report names no part for Japan"},
		{"Where does China come into this story?", "China is not in the report"},
		{"where does japan come into the story?", "Japan is not in the report"},
		{"Where did the US send troops?", "the US reports North Korea's troops, sends none"},
		{"what's the US got to do with the prisoners?", "the US only reports the deployment, nothing of the prisoners"},
		{"Is the US sending troops to Ukraine?", "the US reports North Korea's troops, sends none"},
		{"what happened in the Korean War era?", "the report names the 1950s only as the last time North Korea fought"},
		{"What did North Korea do after many years of isolation?", "no years of isolation in the report"},
		{"Where were the roughly 4,000 Ukrainian fatalities?", "the 4,000 fatalities are North Korean, not Ukrainian"},
		{"Which is higher, the January temperature or the February one?", "the January and February figures are casualties, not weather"},
		{"Is Russia's effort humanitarian or geopolitical?", "the effort is the South Korea-Ukraine dialogues', not Russia's"},
		{"What two dimensions does Russia's war have?", "the two dimensions are of the dialogues' effort, not Russia's war"},
		{"strategic benefit for Ukraine", "the gain told is North Korea's, not Ukraine's"},
		{"what are the advantages for russia", "the gain told is North Korea's, not Russia's"},
		{"Enumerate the weapons North Korea gave Russia", "North Korea gives Russia no weapons; Russia improves its missiles"},
		{"who in the russian government made the offer", "the offer is South Korea's; no Russian official is named"},
		{"who in the ukrainian government made the offer", "the offer was made to Ukraine, by South Korea's minister"},
		{"Does Russia train Ukrainian soldiers?", "the report says the troops are trained, not by whom"},
		{"were budanov's claims confirmed by the us?", "a second sayer beside Budanov, no other one"},
		{"Did Cho propose accepting Russian POWs?", "Russian POWs: whose prisoners, or who holds them"},
		{"what's the rang of the kn-23", "a misspelt range, not a phone call: the range is not told"},
		{"who rang ukraine?", "rang with no minister or offer asked: the report does not list callers"},
		{"is the KN-23 a ballistic missile?", "the report names the KN-23 and its accuracy, not its kind"},
		{"what kind of missile is the KN-23? ballistic or what", "the missile's kind is not told"},
		// a claim asked plainly with one name, doer or date another than
		// the report's: labelled not in the report across the question
		// sets, so not corrected (see factanchor.go; loosening it cost 57
		// declines for 6 rights)
		{"Did Japan offer to take the POWs?", "whether Japan offered is not told; South Korea's offer is"},
		{"Did the United States offer to take the prisoners?", "the offer is South Korea's; the US made none the report tells"},
		{"Are North Korean troops fighting in Donbas?", "the report places them in Kursk only; Donbas is not told of"},
		{"Did China send troops to Russia?", "China's troops are not told of"},
		{"did China send troops too?", "'too' adds China beside North Korea: not told of"},
		{"Did North Korea deploy troops before 2024?", "an earlier deployment is not told of"},
		{"Did North Korea propose a collaborative approach?", "the approach is South Korea's proposal"},
		{"Did the JCS say Russia could send more troops?", "the JCS spoke of North Korea sending more"},
		{"Did Ukraine enhance the KN-23?", "Russia, not Ukraine, improved the missiles"},
		{"Are the Russian troops monitored?", "the troops monitored are North Korean"},
		{"Did China comment on the deployment?", "no Chinese comment is told of"},
		{"what did Japan say?", "Japan says nothing in the report"},
		{"will they go to Donbas next?", "where the troops go next is not told"},
		{"What did the president of South Korea say?", "no South Korean president is told of"},
		{"How does the report characterise the level of Russian losses?", "the level of losses is the losses, but not Russia's"},
		{"what level of training do NK troops get?", "a level of training is no level of losses, and never given"},
		{"who was the Ukrainian minister on the call?", "Ukraine's side of the call is never named"},
		{"What is Russia doing with North Korea's drones?", "Russia's doing with missiles is told, with drones not"},
		{"Is there danger to civilians in Kursk?", "'is there danger' asks whether a thing may be; civilians are never told of"},
		{"Is there danger for Cho?", "a danger for someone keeps its word; no danger to Cho is told"},
		{"Is there any danger to the prisoners?", "a danger to someone keeps its word; no danger to the prisoners is told"},
		{"Are the prisoners supposed to be exchanged for Ukrainians?", "exchanged for others is a swap, not the talks; no swap is told"},
		{"Will the prisoners be exchanged for Ukrainians?", "a swap the report never tells"},
		{"What twofold character does the alliance between Russia and North Korea have?", "the twofold effort is of the South Korea-Ukraine talks"},
		{"What two dimensions do the talks between Russia and Ukraine have?", "no Russia-Ukraine talks are told"},
		{"Where are the Chinese troops supposed to be fighting?", "'supposed to be' hedges; no Chinese troops fight"},
		{"What price in blood has China paid?", "no Chinese losses are told"},
		{"What is keeping Cho busy?", "what keeps Cho busy is not told"},
		{"What supervisory arrangements apply to Russian troops?", "only North Korean troops are said to be monitored"},
		{"who in the japanese government spoke about the prisoners?", "no Japanese official speaks"},
		{"Is it confirmed that China sent soldiers to Russia?", "China sends no soldiers in the report"},
		{"Are the prisoners satisfied?", "'satisfied' is filler only as a condition's 'must be satisfied'"},
		{"for our records, how many tanks did North Korea send?", "the asker's records are no part of it; no tank count"},
		{"Wis it the Chinese that sorted oot the missiles?", "Scots 'wis' is 'was'; no Chinese help is told"},
		{"whit wis the range o the kn23", "Scots 'wis' before no 'it' keeps the word; no range is given"},
		{"What conditions must be satisfied for a ceasefire?", "no ceasefire is told of"},
		{"How many tanks is North Korea supposed to have sent?", "'supposed to have' hedges a count of tanks the report does not give"},
		{"how long is the nk deployment supposed to last", "'supposed to' of a plan keeps the word; the deployment's length is not told"},
		{"what is china doing with nk missiles", "Russia, not China, improved the missiles"},
		{"What is Ukraine doing with North Korea's missiles?", "Ukraine does nothing with the missiles in the report"},
		{"Is it confirmed that North Korea sent soldiers to help Iran?", "sent, but to help a country the report never names"},
		{"Is it verified that South Korea sent weapons to Ukraine?", "a sending the report never tells"},
		{"what is Ukraine's casualty figure for its own troops?", "the figure Ukraine gives is of North Korea's casualties, not its own"},
		{"what is ukraine's casualty figure for ukrainian soldiers?", "Ukraine's figure, but of Ukrainian soldiers, which the report does not count"},
		{"what's the ukrainian casualty count?", "an adjective says whose casualties, not who gives the figure"},
		{"what is russia's casualty figure?", "Russia gives no figure, and its casualties are not counted"},
		{"whit did the russians dae tae they tanks, ken?", "Scots 'they' before a noun leaves tanks the report never names"},
		{"mano what is budanov saying about china getting stronger from this", "getting stronger is improving, but China's is never told"},
		{"is nk getting stronger than russia", "'stronger than' compares, which the report does not"},
		{"what japan minister promise to ukraine? he say they support us?", "no Japanese minister is told of"},
		{"do they support us?", "'us' is read away only after what was said of the support"},
		{"who runs kharkiv rn accordin to this jawn", "a jawn that is the article leaves a place the report never names"},
		{"who's the japan jawn that offered to take the nk pows", "no Japanese offer is told"},
		{"where'd this jawn get its funding", "the report says nothing of its funding"},
		{"how many tanks did north korea send over, roughly speaking?", "a hedge leaves a count of tanks the report does not give"},
		{"how many nk generals die as of jan 2025, can tell me or not", "no toll of generals"},
		{"where are the chinese troops grinding combat xp, which region", "no Chinese troops fight"},
		{"did any nk soldier get to south korea yet", "no soldier has relocated; the offer is not the dispatch"},
		{"did any north korean soldier get to seoul yet", "no soldier has relocated to Seoul"},
		{"has any nk soldier reached south korea", "reaching South Korea is not told done"},
		{"according to this jawn did japan offer to take the POWs", "no Japanese offer"},
		{"how many chinese soldiers were killed, roughly speaking?", "no Chinese toll"},
		{"when did the war end can tell me or not", "the war has not ended in the report"},
		{"where are the troops grinding combat xp in belgorod", "they fight in Kursk, not Belgorod"},
		{"Indicate the number of North Korean tanks destroyed.", "no tank count"},
		{"Enumerate the Chinese casualty figures.", "no Chinese figures"},
		{"Identify the designation of the official who rejected the proposal.", "no one rejected the proposal"},
		{"What is the designation of the Russian official who proposed accepting the soldiers?", "a South Korean, not a Russian, proposed it"},
		{"What strategic benefit does China gain from the collaboration?", "China gains nothing told"},
		{"did a poll show south koreans support accepting the POWs", "no poll is reported"},
		{"how many south koreans were surveyed", "no survey"},
		{"how many women troops did north korea send", "the troops are not counted by sex"},
		{"are there women among the POWs", "the prisoners are not told by sex"},
		{"how many POWs have got to south korea", "none has relocated"},
		{"what are the talks between china and ukraine about at heart", "China holds no talks"},
		{"quote me the bit where cho says the POWs must pay", "Cho sets no payment"},
		{"this caught my eye, did 10,000 die?", "the tolls are over 3,000 and about 4,000"},
		{"are chinese troops learning the craft of war", "no Chinese troops"},
		{"did russia learn the art of war from north korea", "the experience goes the other way"},
		{"what did north korean generals say", "North Korea's generals say nothing"},
		{"how many nk troops died in bryansk", "the deaths are in Kursk"},
		{"mano how many chinese died", "no Chinese toll"},
		{"which side is china batting for", "China takes no side in the report"},
		{"what figures does the report provide for russian losses", "the report provides no Russian losses; provide is not sending"},
		{"what journal published budanov's study", "no study, no journal"},
		{"who is doing the talking about the nuclear tests", "no one speaks of nuclear tests"},
		{"what did the chinese dae tae they kn-23 missiles", "Russia, not China, improved them"},
		{"when did the first POW get to south korea", "no prisoner has relocated"},
		{"how many female soldiers did north korea lose by february", "the toll is not told by sex"},
		{"which country controls crimea per the article (not a minecraft biome lmao)", "the joke goes, Crimea stays"},
		{"ok live is lagging, quick: nk sent tanks to russia in 2023 right?", "no tanks are told of"},
		{"who's the russian defence minister, need it for my notes lol", "the asker's remark set aside, the report names no Russian defence minister"},
		{"which missile did china improve, answer pls", "the asker's remark set aside, China improved no missile in the report"},
		{"how many nk soldiers died in march, need it for my doc", "the asker's remark set aside, the report gives no March toll"},
		{"what did budanov say about china, chat wants to know", "the asker's remark set aside, Budanov says nothing of China"},
		{"who sent troops, need the exact number pls", "the exactness asked for is kept, and who sent troops is no count"},
		{"how many of the nk soldiers are women??", "the report counts the troops, not the women among them"},
		{"how many female troops are there?", "no count of the troops by sex"},
		{"how many women soldiers did north korea send?", "women are a part of the troops the report never counts"},
		{"Did any of the prisoners get to South Korea in the end?", "South Korea offers to take them; none is told to have got there"},
		{"Has anyone got to Seoul so far?", "no prisoner is told to have reached Seoul"},
		{"is there a poll on taking in the prisoners?", "the report gives no poll; 'poll' is no typo of 'pull'"},
		{"what do south koreans think about the offer?", "the public's view is not the minister's offer"},
		{"what people in south korea think about taking in the prisoners?", "no opinion of the public, only the readiness's significance"},
		{"is budanov playing for a football team?", "'playing for' is a side only after 'side' or 'team' asked which; the report tells of no football"},
		{"which side is china batting for?", "the report does not say China takes a side"},
		{"who is doing the talking about drones?", "'doing the talking' is saying, and no one in the report speaks of drones"},
		{"who is doing the talking about china?", "'doing the talking' is saying, and no one in the report speaks of China"},
		{"which country controls the moon per the article (not a minecraft biome lmao)", "the asker's aside in brackets set aside, the report tells of no moon"},
		{"How many lads did China send over, roughly speaking?", "'roughly speaking' set aside, China sent no troops in the report"},
		{"how many nk soldier captured as of jan 2025, can tell me or not", "the plea set aside, the report gives no count of captured soldiers"},
		{"which journal did budanov write in?", "'which journal' asks the report's outlet only; Budanov writes in none"},
		{"What was discussed at the summit in Washington?", "the report tells of no summit, nor of Washington"},
		{"Is Kharkiv mentioned? I read it is, right?", "a remark's tag leaves the question before it, of a place the report never names"},
		{"Did Cho meet Zelensky at a summit in Washington?", "no meeting of Cho with Zelensky is told"},
		{"the 4000 russian dead, that's from fighting where?", "the report gives no Russian toll, wherever fought"},
		{"the 3000 figure, that's from fighting where?", "the January figure names no place of fighting"},
		{"the russian casualties in january were 2,500, right?", "a January figure corrects North Korea's losses only"},
		{"in january 2,500 nk soldiers were captured, right?", "the report gives no count of captured soldiers"},
		{"the ukrainian casualties in feb were 6,000, right?", "the report gives no Ukrainian toll"},
		{"jan 3000, feb 4000. did more russians die?", "'more' after the two figures compares them only for North Korea's losses; Russia's are not given"},
		{"jan 3000, feb 4000, so more soldiers died in march?", "a third date the pair does not give"},
		{"jan 3000 feb 4000 so more soldiers captured?", "captured soldiers are no measure either figure counts"},
		{"jan 3000, feb 4000. did nk send more soldiers?", "sending more troops is no comparison of the two tolls"},
		{"which ukrainian minister made the offer?", "the offer is South Korea's minister's; the report names no Ukrainian minister"},
		{"which minister for ukraine dey talk about the pows?", "a Ukrainian minister asked; only South Korea's speaks"},
		{"which russian minister talked about the pows?", "the report names no Russian minister"},
		{"is kursk remote?", "'remote' is a way of talking only offered beside 'in person'"},
		{"did the joint chiefs meet in person or remotely?", "the report tells no meeting of the Joint Chiefs"},
		{"did russia learn the craft of war from north korea?", "'the craft of war' is combat experience, but North Korea gains it, not Russia"},
		{"who wrote the art of war?", "'the art of war' is combat experience only; the report names no book or writer"},
		{"is south korea learning the craft of war?", "only North Korea gains combat experience in the report"},
		{"do north korean generals think they will send more troops?", "'korean generals' is the Joint Chiefs only when not North Korean's; the report gives no North Korean general's view"},
		{"did the korean generals visit kursk?", "the Joint Chiefs visit nowhere in the report"},
		{"is cho a soldier at heart", "'at heart' is a filler only after 'about'; the report says nothing of what Cho is at heart"},
		{"ok real talk how many russian soldiers died by early feb", "'real talk' dropped, the rest asks Russian losses the report does not give"},
		{"which paragraph states the 'first since the 1990s' point?", "'point' only names the passage; the report says first since the 1950s"},
		{"which paragraph makes the Chinese involvement point?", "'point' only names the passage; the report says nothing of China"},
		{"In which paragraph does the report describe the talks as a military alliance?", "the report is the subject, and no paragraph calls the talks an alliance"},
		{"wetin South Korea wan do for the North Korea soldiers wey Russia catch?", "a 'wey' clause says which soldiers, but the report has none captured by Russia"},
		{"did South Korea say the soldiers who were captured by Ukraine fought well?", "the captor only says which soldiers; the report says nothing of how they fought"},
		{"current location of the prisoners?", "'current' is dropped only before the troops' location; the report tells no place of the prisoners"},
		{"did cho hold a video conference with zelensky?", "a video meeting is a way not used, and the report names no Zelensky"},
		{"what do I need to cite it for?", "the asker's own citing is filler, and what is left asks nothing the report says"},
		{"do i need to cite the KN-23 numbers?", "whether to cite is the asker's matter; the report gives no KN-23 numbers"},
		{"was the call made in the morning?", "the report gives no hour or time of day for the call"},
		{"what does the phone call say about russian pows in this text?", "'in this text' is the report, and it has no Russian POWs"},
		{"which official in Seoul was talking about the KN-23 missiles?", "an official a few words before 'talking about' is a speaker, and no Seoul official speaks of the missiles"},
		{"which minister for ukraine talked about the casualties?", "a minister speaking, not the talks' topic; no Ukrainian minister gives the losses"},
		{"what model of aircraft did north korea send?", "the report names a model of missile only, no aircraft"},
		{"what did Cho's aide say?", "an aide is no aid (apartStems): the report names no aide of Cho's, and this got South Korea's support"},
		{"how many aides does cho have?", "the report names no aides"},
		{"did an aide make the call?", "no aide is spoken of; Cho himself presented the proposal"},
		{"so sk will grab em if ukraine captures them yeah?", "asks whether South Korea takes them; 'grab' reads as capturing, so the fact check answered who captured them"},
		{"which model of car does cho drive?", "a model of a car, not of the missiles"},
		{"what model of the virus", "a model is no missile unless asked of one: read as the KN-23, this got the missiles' answer"},
		{"whose land is Seoul", "'whose land' asks who controls a place; the report says who controls only Kursk"},
		{"NK fit win this war?", "Pidgin 'fit' is 'can'; the report does not say who wins"},
		{"South Korea fit collect the soldiers wey Russia catch?", "'collect' of soldiers is taking them in, but the report speaks of none Russia captured"},
		{"is the 4k number from budanov even legit", "'legit' is confirmed, but Budanov gives no figure"},
		{"is the article certain that North Korea sent tanks?", "'certain' of the report asks whether it is confirmed, and the report sends no tanks"},
		{"is the article quite certain that Russia paid North Korea, or is it a matter of reports?", "no payment is spoken of, confirmed or reported"},
		{"is the report sure that North Korea sent warships?", "no warships"},
		{"did cho rock up in kyiv?", "'rock up' is moving there, but the offer was made on a phone call"},
		{"did sk scrap the proposal?", "'scrap' is a war only after 'proper' or 'in a'; no proposal was dropped"},
		{"Is Ukraine obliged to go to the talks?", "'obliged to go' is the prisoners' condition only of their move"},
		{"Would the North Korean troops rather stay in Russia?", "'rather stay' of troops in Russia asks their wish, which the report does not give"},
		{"Are North Korean soldiers obliged to go to Kursk?", "no one obliges the troops to Kursk in the report"},
		{"ok real talk what did the talks cost?", "'ok real talk' is chatter, and the talks have no cost in the report"},
		{"who wrote this text?", "'this text' is the report, and the report names no writer"},
		{"source line for the casualties?", "the source of a figure, not the report's own, which the report does not give"},
		{"whose patch is seoul", "\"whose patch\" as one alias swallowed \"whose\", so Seoul fell to the acceptance answer"},
		{"whose soil did the missiles hit", "'whose soil' read as control, but no strike by the missiles is spoken of"},
		{"where is the fighting in LA", "\"la\" after \"in\" is Los Angeles, no Scouse or Singlish tag"},
		{"how many troops were sent to la", "\"la\" after \"to\" is a place the report never names"},
		{"the coach pitched a tent in kyiv right?", "'pitched' is proposing only of an offer; no tent is spoken of"},
		{"who is the owner of the website?", "'owner' is control of a place; the website's owner is not named"},
		{"Who corroborated the casualty numbers for civilians?", "'corroborated' is saying; no civilian casualties are spoken of"},
		{"did cho pitch it to russia?", "asked plainly whether the offer went to Russia: the report does not say so"},
		{"north korea hasnt sent tanks has it", "a run-on tag puts the claim to check, but no tanks are spoken of"},
		{"Would it be rude to ask what China thinks of the proposal?", "courtesy before a question of China's view, which the report never gives"},
		{"Who is the Japanese gentleman who commented on the talks?", "a gentleman is a man; no Japanese man is in the report"},
		{"who is the brains behind the casualties?", "the brains behind a proposal is its proposer; behind the casualties, nobody the report names"},
		{"which paper did cho write for?", "\"which paper\" asks the outlet of the report, not one Cho writes for"},
		{"when will a fresh batch of russian troops arrive?", "a fresh batch is more troops, Russian ones the report never sends"},
		{"did cho give budanov a buzz?", "a buzz is a phone call, and the report's was to Ukraine, not to Budanov"},
		{"who ran this war?", "a paper 'ran this story'; 'ran this' alone runs anything, no outlet asked"},
		{"yo wsg rly out here", "gamer chat fillers alone ask nothing"},
		{"Copy has NK sending tanks. Check pls.", "a newsroom frame cut, the claim is of tanks the report never names"},
		{"Is Cho Russian?", "no country but South Korea is Cho's, and none other is near his name"},
		{"Russia made its tanks go further, right?", "'go further' of tanks, which the report never names"},
		{"did north korean troops go further into ukraine?", "troops going further is no missile's range, and no advance is spoken of"},
		{"cho was in kherson right?", "a place asked as where, of Cho, whom the report places nowhere"},
		{"the kn-23 was tested in crimea right?", "no test of the missile is spoken of, anywhere"},
		{"nk sent tanks to kherson right?", "a place asked as where, of tanks the report never names"},
		{"The comment about tanks is from Ukraine's defense minister, right?", "a post put as who said it, of tanks no one in the report speaks of"},
		{"The KN-23 upgrade was announced by Ukraine's defense minister, right?", "no one in the report announces the upgrade"},
		{"The troops are in Kursk. Was it the Americans?", "the Americans are not the claim's: no echo, and nothing of theirs in Kursk"},
		{"My pal swears the Americans sent tanks to Kursk. Was it actually the Americans?", "an echo puts the claim to check, of tanks the report never names"},
		{"Did Cho speak face to face with Budanov?", "speaking face to face is in person, and the report has Cho speak to no one but Ukraine, by phone"},
		{"my uncle says nk sent tanks, or is he talking rubbish?", "a nonsense tail puts the claim to check, of tanks the report never names"},
		{"cho sorted the paperwork in a meeting, right?", "paperwork is nothing the report speaks of"},
		{"North Korea send 50,000 soldiers abi?", "'abi?' puts the claim to check, and the report gives no such number sent"},
		{"north korea don send tanks abi?", "'abi?' puts the claim to check, of tanks the report never names"},
		{"Was it the Japanese Joint Chiefs of Staff who sent tanks?", "a cleft of a long name, of arms the report never names"},
		{"Was it the Japanese Joint Chiefs of Staff who said Russia lost 5000 soldiers?", "no one in the report gives Russia's losses"},
		{"Checking copy: did North Korea send tanks or jets?", "a choice in a frame, asked alone, of arms the report never names"},
		{"Note from the desk: was Cho paid in euros or dollars?", "a choice in a frame, of pay the report never speaks of"},
		{"Did North Korea send troops to Belgorod?", "asked plainly, not a claim: Belgorod is a place the report never names"},
		{"Is Belgorod under Russian control?", "the report says who controls Kursk only"},
		{"Par says Russia struck Belgorod. Correct?", "a claim of a strike the report never speaks of, wherever it is"},
		{"Per the article, North Korea sent tanks to Belgorod, correct?", "'per the article' frames a claim of tanks the report never mentions"},
		{"Per the piece, how many tanks did North Korea send?", "the frame dropped, tanks are still no troops"},
		{"who killed the north korean troops", "the losses say whose the dead are; who killed them the report never says"},
		{"in what capacity does Putin speak?", "speaking after \"capacity\" asks a role, and the report gives Putin none"},
		{"Hello, a patron asked me this morning whether the North Korean troops are paid in euros, so could you tell me, please, and I'll pass it along.", "the request in a story asked alone, of pay the report never mentions"},
		{"mb", "an apology alone asks nothing"},
		{"who is the man from russia in this story", "the man from South Korea is Cho; the report names no man from Russia"},
		{"drop the link to the video", "'drop' asks only for a source; the report has no video"},
		{"is there a proper peace deal wor?", "a Cantonese particle and a firm 'proper' leave a peace deal the report never speaks of"},
		{"hou long will the war last?", "Scots 'hou' is 'how'; the report says nothing of how long the war lasts"},
		{"which random site reported the 5000 deaths?", "a source doubted as 'random' still asks of a figure the report does not give"},
		{"exactly as printed?", "a wording asked of nothing named asks nothing"},
		{"when exactly will the new nk troops arrive in russia", "new troops are a later sending; the report dates only last year's"},
		{"when did the new north korean soldiers get to kursk", "the same, asked in the past"},
		{"gm frens ser", "crypto hails alone ask nothing"},
		{"Was the foreign minister captured?", "the foreign minister is Cho: his fate is not the offer for the captured soldiers"},
		{"was the fm captured?", "the same, by the post's short name"},
		{"Did GM build the missiles?", "GM inside a message is the carmaker, no hail; the report names none"},
		{"does gm make the kn-23", "the carmaker makes nothing in the report"},
		{"did cho go to the un", "going somewhere is a trip only to where the report has talks; no UN trip"},
		{"whitelisted crypto wallets", "whitelisting wallets is no taking in of prisoners"},
		{"Quick question lol, the report gives casualty numbers for the Russian troops, what are they?", "a casualty figure asked of Russian troops, read without it as \"russia\", is no question of why troops went"},
		{"how many russian deaths vs 4k nk, which is it", "Russian deaths; a reading that drops the figure asked is not asked"},
		{"which official in ukraine is discussing the pows", "an official asked, and the talks name only the countries in them"},
		{"which guy is holding the talks with south korea", "a guy is a person; Ukraine, the other side of the talks, is a country"},
		{"did the pows accept the offer?", "whether the offer was accepted, by anyone, the report never says"},
		{"did zelensky agree to the deal?", "the same, of Zelensky"},
		{"so russia'll keep the nk lads if ukraine catches em yeah?", "only the supposition is read, and Russia keeping them the report never says"},
		{"how are the wounded soldiers cared for, or which hospitals are they in?", "medical care of the wounded is not the talks on POW welfare"},
		{"will the troops stay in kursk a long while?", "'a long while' is the first time since the 1950s only of a war; how long they stay the report never says"},
		{"has cho been minister a long while?", "the same, of Cho's time in office"},
		{"what did the guy from russia say about the pows", "the guy from Russia is Russia saying; no Russian speaks of the POWs"},
		{"mi cousin seh", "a Patois teller with no claim"},
		{"who is budapest", "Budapest is Budanov only after Kyrylo"},
		{"did cho visit budapest", "the city, not a slip for Budanov"},
		{"how many fatalities in jamaica", "Jamaica is January only before a year"},
		{"who wore a fedora", "Fedora is February only after early, late, in or by"},
		{"what is an artichoke", "an artichoke is the article only after this or the"},
		{"weh di pow dem a go live inna south korea?", "Patois \"inna\" is \"in\": no place within South Korea is given"},
		{"What weapons has North Korea obtained?", "'obtained' is the source only of a report"},
		{"Did the troops obtain the report?", "obtaining a report is no gaining of experience"},
		{"What domain does Budanov work in?", "a domain is the source only of a publication or site"},
		{"What will Ukraine receive from South Korea in exchange for the prisoners?", "nothing given in exchange is spoken of"},
		{"What's the KN-23's CEP after the Russian fixes?", "a CEP is a measure of accuracy, a figure the report never gives"},
		{"How many tanks did North Korea send to Russia?", "the troop count ranks far ahead, but tanks, a word the pack does not know, is what is counted (clearlead.go)"},
		{"What is meant by the phrase 'bolster Russian forces' in the report?", "too few terms for a lead below the threshold to be clear (clearlead.go)"},
		{"what is the circular error probable of the KN-23 now?", "a measure of accuracy the report never gives"},
		{"is this story viral?", "how widely a claim spread is only where the asker met it"},
		{"did the news go viral?", "no spread of the news is spoken of"},
		{"south korea cannae accept the prisoners, aye?", "a Scots negation is no filler: dropped, the claim reverses"},
		{"south korea willnae accept them, aye?", "a Scots negation is no filler: dropped, the claim reverses"},
		{"ukraine isnae losing, aye?", "a Scots negation is no filler"},
		{"wis cho in kyiv?", "'wis' is a verb, no filler"},
		{"Can Ukraine refuse the offer?", "a prisoner's refusing is the condition; Ukraine's is not spoken of"},
		{"what happens to prisoners who say no to going to south korea", "no one is said to refuse"},
		{"how do you spell Budanov?", "the verb of spelling is nothing only before a name"},
		{"How do you spell the name of the chairman of South Korea's Joint Chiefs of Staff?", "no chairman is named"},
		{"Who negotiated for Ukraine?", "the talks are between South Korea and Ukraine; no one is said to negotiate"},
		{"How many Ukrainian soldiers died?", "Ukrainian soldiers"},
		{"How many Ukrainians were wounded?", "Ukrainians; the January entry names Ukraine only as who says so"},
		{"How many soldiers did Ukraine lose?", "Ukraine's soldiers, not North Korea's"},
		{"How many did the Ukrainians lose?", "Ukrainians lost, not North Koreans"},
		{"is ukraine gonna accept the proposal or nah", "South Korea accepts, Ukraine is not said to"},
		{"How many North Korean soldiers were captured?", "the report gives no number of captives"},
		{"how many nk soldiers were in kursk in january vs february?", "counts the troops there, not their losses; \"vs\" names no measure"},
		{"what about the 1950s war, how many nk soldiers died then?", "\"then\" is the 1950s, which the premise names"},
		{"How many North Korean POWs are there?", "no number of POWs"},
		{"Are the prisoners now in South Korea?", "South Korea offers to take them; the report puts none there"},
		{"are the captured soldiers in seoul", "the same, without \"now\""},
		{"how many north korean soldiers are in kursk right now?", "paragraph 8's sentence counts their deaths there, not them"},
		{"Who is Ukraine's defence minister?", "not the head of Defense Intelligence"},
		{"Who is North Korea's foreign minister?", "Cho is South Korea's"},
		{"What did Zelensky say?", "never mentioned"},
		{"What does Putin think about this?", "never mentioned"},
		{"Who is the president of Ukraine?", "not in the report"},
		{"How many KN-23 missiles has North Korea built?", "no count of missiles"},
		{"How many North Korean soldiers were killed in 2023?", "no 2023 figure"},
		{"Who monitors the North Korean troops?", "the report does not say who"},
		{"What time is it?", "nothing to do with the report"},
		{"is the fighting going down?", "asks of a trend in the fighting, which the report does not give"},
		{"is the fighting going down in kursk or not?", "the same, with a place"},
		{"how geographically far is kursk from north korea?", "no distance is given"},
		{"did the fleet arrive?", "there are no ships in the report"},
		{"what is the map showing?", "the report has no map"},
		{"did the minimum number of soldiers arrive?", "a yes/no question of arrival, not a count"},
		{"were a handful of soldiers killed?", "a quantity in a claim, no request for a count"},
		{"How long was the phone call?", "no length given"},
		{"What was said?", "saying, of no one and nothing"},
		{"Where was Cho when he made the call?", "the report does not say where he was"},
		{"who was cho on the phone with", "the report does not name who"},
		{"What did Moscow say about the North Korean troops?", "Kyiv and its allies say it, not Moscow"},
		{"How many North Korean soldiers were captured in February?", "February's figure is of deaths"},
		{"What does the article say about Russian losses?", "only North Korean losses"},
		{"what's Russia's tally?", "the troops counted are North Korea's, the tally no one's but Kyiv's and its allies'"},
		{"what's the russian count of north korean troops", "Russia gives no count"},
		{"what are Ukraine's losses?", "the losses are North Korea's, Ukraine only reports them"},
		{"how many nk soldiers died between the january figure and february?", "a count between two figures' dates, which the report never gives"},
		{"why are the nk troops fighting in kursk and not in ukraine?", "why Kursk rather than Ukraine, which the report never weighs; not why they were sent"},
		{"I noticed the article mentions Kursk. How many Russian soldiers died there?", "\"I noticed\" frames what follows; no Russian losses are given"},
		{"what was the JCS estimate of the death toll?", "\"estimate\" as a noun stays the figure's word, and the JCS give no figure"},
		{"On what date exactly did the phone call take place?", "the call is undated; a reading without its \"when\" asks how Cho presented the offer"},
		{"How many North Korean soldiers were wounded in February?", "February's figure is of deaths; January's of killed or injured"},
		{"4,000 wounded?", "the 4,000 were deaths"},
		{"How many Russian or Ukrainian soldiers died?", "neither alternative's losses are given"},
		{"Did South Korea offer money or weapons to Ukraine?", "neither alternative is in the report"},
		{"What did Pyongyang say about the proposal?", "North Korea says nothing in the report"},
		{"How many troops did Russia send to North Korea?", "North Korea sent troops to Russia"},
		{"Has South Korea sent troops to Russia?", "South Korea only reports that North Korea did"},
		{"Are Russian troops gaining combat experience?", "North Korea's military gains it, with Russian forces"},
		{"What did the Joint Chiefs say about Russian casualties?", "the casualties are North Korean"},
		{"When did Russia enhance its own missiles?", "Russia enhanced North Korea's"},
		{"Which Ukrainian official is quoted about North Korea's military?", "Kyiv says it sent troops; Budanov is quoted on experience"},
		{"Which Russian official spoke with Cho?", "no Russian official is named"},
		{"The troops are in Kursk, but are any in Crimea?", "the premise is not the question"},
		{"Russia made the KN-23 more accurate, but what is its range?", "no range is given"},
		{"Budanov is the spy chief, what is his salary?", "the question proper asks what the report lacks"},
		{"Do you think South Korea is doing the right thing?", "the bot's own judgement, which the report does not give"},
		{"what's your take on budanov's claim", "asks the bot's take, not what Budanov said"},
		{"do u think the pows will actually go to sk", "a prediction asked of the bot, not the offer"},
		{"was cho right to offer this, in your opinion?", "a verdict on the offer"},
		{"The prisoners who don't want to go to South Korea, what happens with them?", "the report speaks only of those who want to"},
		{"did any nk pows actually say they wanna go to sk?", "the report says they must, not that any did"},
		{"I know about the KN-23, what about the Hwasong-18?", "another missile"},
		{"What do the discussions between Russia and North Korea focus on?", "the talks are South Korea's and Ukraine's"},
		{"Who says Russia sent troops to North Korea?", "North Korea sent them to Russia"},
		{"Is the KN-23 a cruise missile?", "the report never says what kind of missile"},
		{"Is Ukraine in Russia's corner?", "North Korea backs Russia, against Ukraine"},
		{"How cold is it in Kursk?", "no weather in the report"},
		{"Which allies of Moscow sent troops besides North Korea?", "only North Korea is said to send troops"},
		{"What casualty figure was reported for Russian forces?", "only how many troops North Korea sent to bolster them"},
		{"What issue are Russia and North Korea collaborating on?", "South Korea and Ukraine collaborate"},
		{"What did the North Korean government say about the POWs?", "North Korea says nothing in the report"},
		{"Is North Korea sending weapons to Russia?", "the report speaks of no sending of weapons"},
		{"Where will the POWs live in South Korea?", "only that they may go to South Korea, not where in it"},
		{"Where in Kursk are the North Korean troops?", "only that they are in Kursk"},
		{"Who are the North Korean POWs?", "who proposed accepting them is not who they are"},
		{"Will the proposal work?", "no prediction of its success"},
		{"what's the date", "\"date\" is only a way of asking when the troops were sent"},
		{"How accurate is the KN-23 now?", "improved, but no measure of how accurate"},
		{"What will happen to POWs who refuse to go to South Korea?", "the report speaks only of those who want to"},
		{"How many troops does Ukraine have in Kursk?", "only North Korea's troops are counted"},
		{"Did Ukraine accept the proposal?", "South Korea proposed to accept the soldiers; Ukraine's answer is not given"},
		{"Who leads Ukraine?", "Budanov heads Ukraine's Defense Intelligence, not Ukraine"},
		{"What happens to POWs who want to go back to North Korea?", "only those who want to go to South Korea are spoken of"},
		{"When did the Korean War start?", "only that North Korea has not fought since the 1950s"},
		{"When will North Korea send more troops?", "only that it could"},
		{"What is the KN-23's accuracy in meters?", "no measure"},
		{"How many North Korean soldiers died in 2024?", "the figures are of 2025; 2024 is the deployment's year"},
		{"Who is the author of the article?", "the source is given, no author ('author' is no 'authority')"},
		{"What's the Russian body count?", "only North Korean deaths are counted"},
		{"What is the KN-23 made of?", "no specification is given"},
		{"What are the names of the captured soldiers?", "no names are given"},
		{"Did Ukraine offer to take North Korean POWs?", "South Korea offered; Ukraine captured them"},
		{"Who trains the North Korean soldiers?", "they are trained; the report does not say by whom"},
		{"How long is the article?", "not the length of the deployment"},
		{"Is the article biased?", "not where the troops are based"},
		{"What did Ukraine's foreign minister say about North Korean troops?", "the foreign minister in the report is South Korea's"},
		{"How many Ukrainians are in Kursk?", "Ukraine reports; the report counts North Koreans"},
		{"What is North Korea's opinion about the proposal?", "its opinion is what it says, and it says nothing"},
		{"Which weapons besides the KN-23 has Russia improved for North Korea?", "the KN-23 is the only one named"},
		{"Besides the KN-23, which other North Korean weapons has Russia helped improve?", "the same, set aside first"},
		{"which weapons besides the KN-23?", "the KN-23 is the only weapon its entry names, though it names Russia too (unmatchedClass)"},
		{"which ones besides the KN-23, the weapon systems?", "'which ones' asks for another of the KN-23's kind (asksWhichOnes)"},
		{"📌 how many troops has NK sent in total, exact number please?", "an exact count asked in the chatter: its core without it is not asked (dropsExactness)"},
		{"how many troops has NK sent, exact number please?", "a reading without the words asking it exact is not asked again"},
		{"it says 'improving their weapon systems' — which weapons besides the KN-23?", "'which weapons besides' asks for another weapon, after a thing it may seem to relate to (asksWhichOnes)"},
		{"Which is the opinion of North Korean government about this proposal of South Korea?", "the same, in a learner's order"},
		{"What weapons do North Korean soldiers use?", "an entry speaking of its weapon systems names none (answersWhich)"},
		{"What happened during the recent phone call?", "how the proposal was made is not what the call held (asksContent)"},
		{"Where are the North Korean POWs now?", "where South Korea offers to take them is not where they are (whereNow)"},
		{"Where do the reports of the North Korean troop dispatch come from?", "where the troops fight is not where the reports come from (whereFrom)"},
		{"With whom was Cho speaking on the call?", "the sentence of the call names Cho, the one asked of, and no one he spoke with (kindOfAnswerGuard)"},
		{"who is the admin here?", "on a Discord server the admin is the server's, not a head of Defense Intelligence"},
		{"who is the server admin?", "the same"},
		{"who's the captain?", "a captain of nothing the report names"},
		{"is the admin Ukrainian?", "the same, asked yes or no"},
		{"what domain is the war in?", "a domain of war is no web domain: the report's source is not asked"},
		{"what domain do the troops operate in?", "the same, of the troops"},
		{"from what port were the North Korean soldiers shipped to Russia?", "a port the troops left from, which the report does not name, is not the report's source"},
		{"did they pray before fighting?", "praying, asked of the troops, is no persona's hail: the report says nothing of it"},
		{"who recieved the offer?", "misspelled, it is corrected to \"received\" first, and Cho made the offer, he did not receive it"},
		{"If the POWs go to South Korea, where will they stay?", "a place the question sends them to is the one asked within (placeScopes): South Korea is no answer"},
		{"if they relocate to south korea where do they end up", "the same, read with the premise's names for \"they\" (scopeDropped)"},
		{"what town will south korea house the prisoners in", "a town is asked within the country named (placeScopes)"},
		{"which city in south korea will take them", "the same, \"in\" the country"},
		{"did the prisoners get to seoul yet, i hope so", "an arrival asked done is not the offer to take them; the asker's hope is no act asked (arrivedat.go)"},
		{"have the captured soldiers arrived in south korea yet", "that Ukraine captured them is no arrival"},
		{"are you sure it's not just talk?", "\"just talk\" is a doubt, not the talks between Seoul and Kyiv"},
		{"Seoul is ready to take the prisoners, who trained them though?", "a \"who\" right before an act asks its doer, not who says the offer (roleAsked)"},
		{"cho made the offer, who monitored the troops?", "the same: no one is said to monitor them"},
		{"is this article from a russian outlet?", "the source line names a website, not its country; Russia is not among those who report the troops sent (sourcecountry.go)"},
		{"is this text from a russian outlet?", "the same, \"this text\" the report"},
		{"the source domain, is it russian?", "the same, the source asked by its domain"},
		{"is the source of the reports russia?", "the same: Russia reports nothing of the troops sent"},
		{"is this article from a chinese outlet?", "the report names no Chinese outlet"},
		{"different thing — the guy from china intel, what'd he say about the nk army", "his \"he\" is the premise's China intelligence (resolve), which says nothing in the report"},
		{"the guy from china intel, what did he say about the troops?", "the same, without the move on"},
		{"the guy from russia, what did he say about the pows?", "his \"he\" is the person from Russia set before the question, who says nothing (personfrom.go)"},
		{"what did budanov say about the condition", "the condition's quote is Cho's words, not Budanov's (quotespeaker.go)"},
		{"quote me the bit where budanov says the condition", "the same, pointed at as a passage"},
		{"what did cho say about the missiles", "Cho speaks of no missile"},
		{"what did cho say about the casualties", "Cho gives no toll"},
		{"the part where cho says north korea will send more troops", "the Joint Chiefs say it, not Cho"},
		{"Indicate the date of the phone call.", "an exam's imperative asks the date, which the report never gives"},
		{"Enumerate the Russian casualty figures.", "the report gives no Russian toll"},
		{"Identify the designation of the Ukrainian official who spoke with Cho.", "the report names no Ukrainian official on the call"},
		{"What strategic advantage does South Korea gain from accepting the prisoners?", "the report tells of no gain to Seoul"},
		{"What are the dimensions of the Kursk region?", "a talk's 'dimensions' are no size of a place"},
		{"What twofold increase in casualties did North Korea suffer?", "'twofold' of the dialogue, not of a toll"},
		{"What price in blood has Russia paid?", "'paid' is read away after a price in blood, but Russia's losses are never told"},
		{"What human cost has South Korea paid?", "the same, of South Korea"},
		{"What is keeping South Korean troops busy in Kursk?", "'keeping' is read away before 'busy', but no South Korean troops are in Kursk"},
		{"What conditions apply to Russian prisoners?", "'apply' is read away after conditions, but Russian prisoners are never told of"},
		{"What rules apply to the Kursk region?", "the same, of rules for a place"},
		{"What's the strength of the Russian contingent?", "a contingent's strength is its size, but Russia's is never given"},
		{"What's the strength of the South Korean forces?", "the same, of South Korea's forces"},
		{"What is South Korea winning from accepting the prisoners?", "'winning from' is a gain, but Seoul's is never told"},
		{"Is North Korea winning the war?", "who wins the war is not what one wins by it"},
		{"Is there any chance that South Korea sends troops?", "South Korea reports that North Korea sent troops; it sends none"},
		{"is it possible the US sends troops", "the US, too, only reports North Korea's sending"},
		{"any chance ukraine sends soldiers to korea", "Ukraine sends no one anywhere"},
		{"might south korea deploy soldiers?", "North Korea may deploy more; South Korea's JCS only say so"},
		{"is there any chance south korea will send troops?", "the chance, before a modal, is still South Korea's sending"},
		{"is there any chance that Russia sends troops?", "North Korea sends troops to bolster Russia's forces, not Russia"},
		{"what losses did Ukraine suffer?", "the losses Ukraine reports are North Korea's"},
		{"what casualties has ukraine taken?", "the same, 'taken' read as suffered"},
		{"has ukraine suffered heavy losses?", "the same, asked yes or no"},
		{"how badly has ukraine suffered?", "North Korean forces are the ones estimated to have suffered"},
		{"what casualties has russia taken?", "Russia's losses are never told"},
		{"how many ukrainians were killed?", "Ukraine's losses are never told"},
		{"did south korea lose soldiers?", "South Korea fights no one in the report"},
		{"losses on the ukrainian side?", "losses on a side are that side's; Ukraine's are never told"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if a.Answered {
				t.Fatalf("Answer(%q) answered with %s (%q); want a decline: %s", tt.q, a.EntryID, a.Text, tt.why)
			}
			if a.Outcome != Declined {
				t.Errorf("outcome = %s, want %s", a.Outcome, Declined)
			}
			if !strings.Contains(a.Text, "doesn't say") {
				t.Errorf("text = %q, want it to say the report doesn't say", a.Text)
			}
			if n := len(a.Related); n == 0 || n > 3 {
				t.Errorf("related = %q, want 1 to 3 questions it can answer", a.Related)
			}
			if len(a.Citations) != 0 {
				t.Errorf("a decline cites %v", a.Citations)
			}
		})
	}
}

func TestGreetingsAndBadInput(t *testing.T) {
	e := testEngine(t)
	bin, err := os.ReadFile("testdata/minipack/" + ReportFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, q string
		want    Outcome
	}{
		{"hello", "hello!", Greeting},
		{"help", "help", Chat}, // small talk, with questions to start with
		{"hi bot", "hi there bot", Greeting},
		{"empty", "", Invalid},
		{"whitespace", " \t\n ", Invalid},
		{"emoji only", "🧩🤷🧩", Invalid}, // none the small-talk table has ("👍" is small talk)
		{"punctuation", "???!!!", Invalid},
		{"100 KB", strings.Repeat("north korea ", 100*1024/12), Invalid},
		{"invalid utf-8", "\xff\xfe\xfd", Invalid},
		{"binary", string([]byte{0, 1, 2, 3, 0xff, 0x80}), Invalid},
		{"a file pasted", string(bin), Invalid},
		{"only a kind of question", "What's your name?", Invalid}, // who, about nothing
		{"when alone", "when?", Invalid},
		{"how alone", "how so?", Invalid}, // the means of nothing
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := e.Answer(tt.q)
			if tt.name == "a file pasted" {
				// long enough to read, not a question: anything but an answer
				if a.Answered {
					t.Errorf("a pasted report was answered as %s", a.EntryID)
				}
				return
			}
			if a.Outcome != tt.want || a.Answered {
				t.Errorf("Answer(%.30q) = %s (answered %v), want %s", tt.q, a.Outcome, a.Answered, tt.want)
			}
			if a.Text == "" || len(a.Related) == 0 {
				t.Errorf("Answer(%.30q) gave text %q and related %q, want a message and example questions", tt.q, a.Text, a.Related)
			}
		})
	}
}

func TestAnswerRelatedQuestions(t *testing.T) {
	e := testEngine(t)
	a := e.Answer("Who proposed accepting North Korean POWs?")
	if len(a.Related) == 0 {
		t.Fatal("no related questions")
	}
	for _, r := range a.Related {
		if got := e.Answer(r); !got.Answered {
			t.Errorf("related question %q is not answered by the pack", r)
		}
	}
}

// Asked word for word, a curated phrasing is answered by its entry.
func TestPhrasingsAreAnsweredByTheirEntry(t *testing.T) {
	e := testEngine(t)
	for _, en := range e.Pack().Entries {
		for _, q := range append([]string{en.Question}, en.Phrasings...) {
			a := e.Answer(q)
			if !a.Answered || a.EntryID != en.ID {
				t.Errorf("%s: %q answered by %q (%s)", en.ID, q, a.EntryID, a.Outcome)
			}
		}
	}
}

// Any input yields a well-formed result and no panic: an answer is cited
// with verbatim quotes, confidence stays in [0, 1], and a non-answer says
// something and offers at most three questions.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{"", " ", "who is budanov", "KN-23", "3,000", "🙂", "\xff\xfe", "nk pow", "how many russian soldiers died", "kyrilo budanovs missles", strings.Repeat("a", 2000), "a-b-c-", "'s", "1,000,000,", "hello", "..., was it russia?", "00000 its"} {
		f.Add(s)
	}
	e := testEngine(f)
	whole := e.pack.foldedText()
	f.Fuzz(func(t *testing.T, q string) {
		a := e.Answer(q)
		if a.Confidence < 0 || a.Confidence > 1 {
			t.Errorf("confidence %v", a.Confidence)
		}
		if a.Text == "" {
			t.Error("empty text")
		}
		if a.Answered != (a.Outcome == Answered) {
			t.Errorf("answered %v with outcome %s", a.Answered, a.Outcome)
		}
		if a.Answered {
			if len(a.Citations) == 0 {
				t.Error("answer without citation")
			}
			for _, c := range a.Citations {
				if !strings.Contains(whole, foldQuote(c.Quote)) {
					t.Errorf("misquote %q", c.Quote)
				}
			}
		} else if len(a.Related) > 3 {
			t.Errorf("%d related questions", len(a.Related))
		}
		if got := e.Suggest(q, 25); len(got) > 25 {
			t.Errorf("Suggest gave %d", len(got))
		}
	})
}

// An entry says which thing it is asked which of, or which its answer
// names; speaking of the thing is not saying which.
func TestAnswersWhich(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		entry, x string
		want     bool
	}{
		{"kn23", "missile", true},              // asked "which missiles"
		{"kn23", "weapon", true},               // names the KN-23 missiles, which it is asked which of
		{"will-accept", "korea", true},         // South Korea is a Korea
		{"combat-experience", "weapon", false}, // "improve its weapon systems" names none
	}
	for _, tt := range tests {
		i := slices.IndexFunc(e.pack.Entries, func(en Entry) bool { return en.ID == tt.entry })
		if got := e.entries[i].answersWhich(tt.x); got != tt.want {
			t.Errorf("%s.answersWhich(%q) = %v, want %v", tt.entry, tt.x, got, tt.want)
		}
	}
}

// A question of nothing the report speaks of is declined, not taken for
// no question at all; chat and a lone word are no question.
func TestAskedOfNothing(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q    string
		want Outcome
	}{
		{"is everything fine?", Declined},
		{"do you agree?", Declined},
		{"what's your name?", Invalid},
		{"what", Invalid},
		{"", Invalid},
	} {
		if got := e.Answer(tt.q).Outcome; got != tt.want {
			t.Errorf("Answer(%q).Outcome = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// Whether the prisoners would be made to move is the offer's condition,
// not a "Yes" to South Korea's readiness: they move only if they want to.
func TestMadeToMoveAsksCondition(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{
		"Would the captives be made to go to South Korea whether they like it or not?",
		"will the pows be made to move to sk even if they don't want to?",
		"so seoul takes them like it or not?",
		"are they forced to go to south korea?",
		// an obligation, the asker's "own wishes", a learner's "depends from"
		"If it isn't too much trouble, could you tell me whether the soldiers would be obliged to go to South Korea, or whether it rests on their own wishes?",
		"On which condition depends the accepting of the prisoners by South Korea? I think it depends from their own wish?",
		"Is it so that the South Koreans will receive every prisoner, also the ones who would rather stay where they are? I want to understand the condition precisely.",
	} {
		t.Run(q, func(t *testing.T) { checkAnsweredBy(t, e, q, "condition") })
	}
}
