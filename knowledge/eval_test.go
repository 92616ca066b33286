package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The question sets run under the referee's rules (../shared/eval/score.py).
// dev.jsonl is the shared sample; holdout.jsonl and fresh*.jsonl are our
// own, each written before tuning against it and phrased apart from the
// pack, to catch tuning that only fits one sample.
func TestQuestionSets(t *testing.T) {
	// The bar every set must meet: answerable right, wrong answers (of the
	// answerable), unanswerable declined, all in percent.
	type bar struct{ right, wrong, declined float64 }
	standard := bar{right: 90, wrong: 2, declined: 90}
	sets := map[string]bar{
		"dev": {right: 95, wrong: 2, declined: 90}, "holdout": standard, "fresh": standard,
		"fresh2": standard, "fresh3": standard, "fresh4": standard, "fresh5": standard,
		"fresh6": standard, "fresh7": standard, "fresh10": standard, "fresh11": standard, "fresh14": standard, "fresh18": standard,
		"fresh22": standard, "fresh12": standard, "fresh19": standard,
		// Dev style: 80% right, 1 wrong ("What are the NK troops up to in
		// Russia?" got why they were sent), 100% declined at first.
		"fresh26": standard,
		// Dev style: 83.3% right, 0 wrong, 100% declined at first.
		"fresh27": standard,
		// Dev style: 83.3% right, 0 wrong, 93.3% declined at first.
		"fresh28": standard,
		// Dev style: 80% right, 0 wrong, 93.3% declined at first; "How many
		// North Korean troops died in January?", written as unanswerable,
		// is answerable as the referee reads dev.jsonl (d22 takes the
		// January toll of killed or injured for "died"), so it moved.
		"fresh29": standard,
		// Typos, abbreviations and bare keywords: 93.3% right, 0 wrong,
		// 93.3% declined at first.
		"fresh30": standard,
		// Dev style, written as a student would: 80% right, 0 wrong, 93.3%
		// declined at first.
		"fresh31": standard,
		// Plain, non-native English ("North Korea sent its military to
		// Russia when?"): 90% right, 1 wrong ("North Korea was in a war
		// before, when?" got the deployment's date: "before" alone now
		// reads as "previously"), 100% declined at first.
		"fresh32": standard,
		// Dev style, after the thesaurus passes and probes: 93.3% right, 0
		// wrong, 93.3% declined at first.
		"fresh33": standard,
		// Dev style: 93.3% right, 0 wrong, 100% declined at first.
		"fresh35": standard,
		// The dev sample's questions with heavy typos: 86.7% right, 0
		// wrong, 100% declined at first; a vowel for a vowel in a short
		// word ("dyed", "sayd") is now corrected.
		"fresh36": standard,
		// Formal register again, after the vocabulary passes: 63.3% right
		// (fresh23 to 25 were 47 to 57%), 0 wrong, 100% declined at first.
		"fresh37": standard,
		// Discord chat again ("how'd cho pitch it, phone?", "budanov =
		// ?"): 83.3% right (fresh20 was 56.7%), 0 wrong, 86.7% declined
		// at first.
		"fresh38": standard,
		// Written as close to the dev sample's mix as could be (full
		// questions, keyword forms, abbreviations, near-misses): 96.7%
		// right, 0 wrong, 100% declined at first.
		"fresh39": standard,
		// Near-misses only, again ("Did the JCS say Russia would send
		// troops?"): 25 of 30 declined at first.
		"fresh40": {right: 100, wrong: 0, declined: 95},
		// Dev style: 93.3% right, 0 wrong, 100% declined at first.
		"fresh41": standard,
		// Near-misses in the dev sample's kinds (people and bodies the
		// report never names, counts it does not give, chat): 28 of 30
		// declined at first.
		"fresh42": {right: 100, wrong: 0, declined: 95},
		// Dev style: 86.7% right, 0 wrong, 93.3% declined at first.
		"fresh43": standard,
		// Conversational, with premises ("I keep hearing ... Where
		// exactly?"): 70% right (fresh17 was 56.7%), 1 wrong, 93.3%
		// declined at first. The wrong one asks two things ("Why would
		// North Korea want to fight there? What do they get?") and got
		// the first, why it sent troops; it now takes either answer.
		"fresh44": standard,
		// Bare keywords ("kursk activities", "nk russia alliance"): 86.7%
		// right, 1 wrong, 100% declined at first.
		"fresh45": standard,
		// Dev style: 83.3% right, 0 wrong, 100% declined at first.
		"fresh46": standard,
		// Dev style: 77.4% right, 0 wrong, 92.9% declined at first ("Who
		// is reporting that ...?" was taken for a "who is X" question).
		"fresh47": standard,
		// Questions quoting the report's own phrases ("What does 'bolster
		// Russian forces' mean here?"): 72.2% right, 1 wrong, 100%
		// declined at first. "What 'challenging situation' is Ukraine in?"
		// moved to unanswerable: the report does not describe it. The
		// wrong one, "Which 'reports' indicate North Korean involvement?",
		// is declined now (the entry must speak of what "which" asks for).
		"fresh48": {right: 85, wrong: 2, declined: 95},
		// Quiz style, after the report's sentences ("Despite what might
		// North Korea deploy more troops?"): 89.7% right, 0 wrong, 100%
		// declined at first.
		"fresh49": {right: 90, wrong: 2, declined: 95},
		// The dev sample's questions with typos of other kinds ("warr",
		// "purposed"): 93.3% right, 0 wrong, 100% declined at first.
		"fresh50": standard,
		// Capitals and abbreviations throughout (Seoul, Pyongyang, Kyiv,
		// Moscow, DPRK, ROK, KPA, JCS): 100% right, 100% declined at first.
		"fresh51": standard,
		// Near-misses in the dev sample's kinds again: 29 of 29 declined
		// at first.
		"fresh52": {right: 100, wrong: 0, declined: 95},
		// Dev style: 93.3% right, 0 wrong, 100% declined at first.
		"fresh53": standard,
		// Dev style: 86.7% right, 1 wrong ("What is the purpose of the
		// South Korea-Ukraine discussions?" got their significance, not
		// their focus), 100% declined at first.
		"fresh54": standard,
		// Discord-style lower case, no punctuation: 90% right, 2 wrong
		// ("nk first war since when", as fresh9's one wrong; "what does
		// nk get from the war"), 100% declined at first.
		"fresh55": standard,
		// Formal register once more: 63.3% right (as fresh37), 0 wrong,
		// 100% declined at first; each formal set still finds a dozen
		// words ("deliberations", "eventuality", "methodology").
		"fresh56": standard,
		// Dev style: 90% right, 0 wrong, 100% declined at first.
		"fresh57": standard,
		// The dev sample's questions reworded once more: 83.3% right, 1
		// wrong ("the core of the talks": "core" was corrected to "care",
		// read as mattering), 100% declined at first.
		"fresh58": standard,
		// Dev style: 86.7% right, 0 wrong, 100% declined at first.
		"fresh59": standard,
		// Dev style: 86.7% right, 1 wrong ("What losses have North Korean
		// troops taken?" got the captured soldiers), 100% declined at first.
		"fresh60": standard,
		// Dev style: 82.8% right, 0 wrong, 100% declined at first.
		"fresh61": standard,
		// Dev style: 79.3% right, 0 wrong, 100% declined at first.
		"fresh62": standard,
		// Close reading, a question per sentence of the report ("What
		// condition did Cho highlight?", "What did Cho emphasize during
		// the call?"): 57.9% right, 2 wrong of 19, 1 of 1 declined at
		// first. Four answers stay wrong: what someone "reported",
		// "emphasized", "said" or what figures "say" about a thing go to a
		// neighbour that has the same words, not the sentence asked about.
		"fresh63": {right: 65, wrong: 22, declined: 100},
		// Dev style: 76.7% right, 1 wrong ("Could North Korea bolster its
		// forces in Russia?" gets why it sent troops, to bolster Russia's),
		// 100% declined at first.
		"fresh64": {right: 90, wrong: 4, declined: 90},
		// The dev sample's mix, each question reworded: 100% right, 100%
		// declined at first.
		"fresh65": standard,
		// Idioms and slang ("Who is Ukraine's spymaster?", "Is Seoul
		// still in Kyiv's corner?", "body count"): 51.7% right, 1 wrong,
		// 81.8% declined at first; idioms are words the pack lacks, one by
		// one.
		"fresh66": {right: 65, wrong: 4, declined: 80},
		// Yes/no questions with one detail right or wrong ("Did Russia
		// improve the KN-23's range?"): 8 of 8 right, 9 of 12 declined at
		// first. Left: a place the report does not give ("fighting in
		// Kyiv?", where Ukraine is named as the enemy), a source it does
		// not name ("Is the source CNN?" gets the real source), and "sent
		// to Ukraine's side" (the report has troops "in Ukraine").
		"fresh67": {right: 100, wrong: 0, declined: 70},
		// Dev style: 93.3% right, 0 wrong, 90% declined at first.
		"fresh68": standard,
		// Dev style: 100% right, 100% declined at first.
		"fresh69": standard,
		// Dev style: 96.7% right, 0 wrong, 90% declined at first ("Who is
		// South Korea's foreign minister's boss?" was read as who the
		// minister is).
		"fresh70": standard,
		// Dev style: 100% right, 100% declined at first.
		"fresh71": standard,
		// Discord chat again ("budanov who dat", "sk still got ukraine's
		// back?"): 83.3% right, 0 wrong, 100% declined at first.
		"fresh72": standard,
		// Near-misses close to the entries' words ("What weapons do North
		// Korean soldiers use?"): 28 of 30 declined at first; those two
		// stand (the entries name units and weapons without saying which).
		"fresh73": {right: 100, wrong: 0, declined: 90},
		// Creative paraphrase, every question in words the pack had not
		// seen ("Who championed taking in the captured North Koreans?",
		// "Which camp is North Korea in?"): 36.7% right, 0 wrong, 100%
		// declined at first; as with formal and slangy sets, each such
		// word is added one by one.
		"fresh74": {right: 85, wrong: 2, declined: 95},
		// Dev style: 90% right, 0 wrong, 100% declined at first.
		"fresh75": standard,
		// Dev style: 93.3% right, 1 wrong ("be taken in by South Korea"
		// read "taken" as losses taken), 100% declined at first.
		"fresh76": standard,
		// Dev style: 86.7% right, 1 wrong ("Is moving to South Korea
		// possible for captured North Koreans?" read "possible" as the
		// potential for more troops; "possible" is now a modal, as "can"),
		// 100% declined at first.
		"fresh77": standard,
		// Dev style with capitals and abbreviations: 96.7% right, 0 wrong,
		// 100% declined at first ("do for a living" was no way of asking
		// a job).
		"fresh78": standard,
		// Polite and chatty, with preambles ("Sorry if this is a dumb
		// question, but who is Budanov?", "Quick question: ...", "Just to
		// check, ..."): 76.7% right, 0 wrong, 100% declined at first. One
		// stays declined: "even if he doesn't want to go" (a negative
		// contraction is kept as a word, see stopWords).
		"fresh79": standard,
		// Bare keywords with typos ("monitering of troops", "febuary death
		// toll", "budonov"): 93.3% right, 0 wrong, 100% declined at first.
		// "proposal author" stays declined: "author" asks who wrote the
		// article, which the report does not say.
		"fresh80": standard,
		// Near-misses of new kinds (who Cho called, how long the call was,
		// the soldiers' names, who wrote the article): 30 of 30 declined,
		// 5 of 5 right at first.
		"fresh81": standard,
		// Yes/no, each checking a fact the report states or one it does
		// not ("Did 10,000 North Korean soldiers die?"): 93.3% right, 0
		// wrong, 100% declined at first.
		"fresh82": standard,
		// Abbreviations throughout (ROK FM, DPRK KIA, KPA, HUR, UA, RU, MFA,
		// src, "US? ROK?"): 70% right, 0 wrong, 100% declined at first;
		// the country codes UA and RU, KIA/WIA, MFA and "US" in capitals
		// were new.
		"fresh83": standard,
		// Creative paraphrase, dev topics ("Through what channel was the
		// offer conveyed?", "Would Seoul open its doors ...?"): 86.7%
		// right, 1 wrong ("to be taken to South Korea" read "taken" as
		// losses taken), 100% declined at first. "What price in blood has
		// North Korea paid?" stays declined: an idiom.
		"fresh84": standard,
		// Discord chat once more ("yo who came up w the idea to take nk
		// pows", "sk down to take the pows?"): 80% right, 0 wrong, 100%
		// declined at first. Left declined: "got hit" (hit is also a
		// missile's), "better aim" (an aim is also a goal), "a zoom call
		// or phone".
		"fresh85": standard,
		// Near-misses next to a stated fact (another country's troops,
		// casualties, region or proposal): 28 of 30 declined at first, 4
		// of 5 right. "Russian troops gaining experience" and "Russian
		// casualties" were answered: a name's forces now act for it, and
		// the Joint Chiefs' answer says whose casualties. "Which region
		// does Russia control?" stays declined.
		"fresh86": {right: 80, wrong: 0, declined: 95},
		// Dev style: 96.7% right, 1 wrong ("Since when has North Korea not
		// been in a war?" got when it sent troops: "not" was a stop word),
		// 100% declined at first.
		"fresh87": standard,
		// Requests ("Tell me about ...", "Give me ...", "Describe ..."):
		// 96.7% right, 0 wrong, 100% declined at first.
		"fresh88": standard,
		// The dev sample's questions with heavy typos ("proposd acceptng",
		// "Noth Korean", "Joint Cheifs of Staf"): 93.3% right, 0 wrong,
		// 100% declined at first; left: "fite" (two edits in a short
		// word) and "roll" for "role" (a real word).
		"fresh89": standard,
		// Framed by the report ("According to the article, ...", "Does the
		// report mention ...", "What does the article tell us about
		// Budanov?"): 96.7% right, 0 wrong, 100% declined at first.
		"fresh90": standard,
		// Close reading of paragraphs 1, 2, 4, 7 and 9, with near-misses
		// beside each ("What issue are Russia and North Korea
		// collaborating on?", "When did Russia enhance its own
		// missiles?"): 75% right (one answer, that the soldiers fight, was
		// right after all), 8 of 10 declined at first.
		"fresh91": {right: 85, wrong: 5, declined: 90},
		// Dev style: 93.3% right, 1 wrong ("Which Ukrainian official is
		// quoted about North Korea's military?" got what Kyiv says: a
		// question for an official now needs an answer naming one), 100%
		// declined at first.
		"fresh92": standard,
		// Bare keywords, one or two words ("kursk", "allies",
		// "geopolitical", "drones"): 96.7% right, 1 wrong ("support for
		// ukraine" got North Korea's support of Russia), 100% declined at
		// first.
		"fresh93": standard,
		// Long questions after a premise ("Kyiv, Washington and Seoul all
		// say North Korea sent soldiers; how many did it send?"): 70%
		// right, 1 wrong, 100% declined at first. The question after the
		// last comma, semicolon, colon or "but" is now asked alone, with
		// the premise's names for its pronouns, when the whole is not
		// answered.
		"fresh94": {right: 90, wrong: 5, declined: 95},
		// Dev style, new words: 83.3% right, 0 wrong, 90% declined at first
		// ("Which allies of Moscow sent troops besides North Korea?" got
		// who says North Korea sent them; a name set aside is now no
		// answer). "Who is watching over the troops?" moved to
		// unanswerable: the report does not say who monitors them.
		"fresh95": standard,
		// Dev style: 93.3% right, 0 wrong, 90% declined at first ("Which
		// weapons did Russia give to North Korea?" gets the KN-23's
		// accuracy: "give" is too many things to be a word here).
		"fresh96": standard,
		// Formal register, twenty answerable and ten not ("At what
		// juncture were North Korean personnel dispatched?"): 85% right,
		// 0 wrong, 90% declined at first ("What casualty figure was
		// reported for Russian forces?" got the troops sent to bolster
		// them: what a question counts must now be what the entry counts).
		"fresh97": standard,
		// Numbers, dates and codes as the question ("What does the 4,000
		// figure refer to?", "What is a Hwasong-18?"): 80% right, 0 wrong,
		// 7 of 8 declined at first; "hwasong18" had been corrected to
		// "hwasong11", an alias of the KN-23: a typo's digits must now be
		// the word's.
		"fresh98": {right: 85, wrong: 0, declined: 85},
		// Plain non-native English again ("Kursk is belong to who?",
		// "North korea army get what thing from fight?"): 80% right, 1
		// wrong (that one: "get ... from" now gains), 100% declined at
		// first. "the person" had been read as "in person".
		"fresh99": standard,
		// Openers ("What about ...", "Any info on ...", "Do you know
		// ..."): 83.3% right, 1 wrong ("what the POWs must show" read
		// "show" as what a thing signifies), 100% declined at first.
		// "background" had been split into "back" and "ground".
		"fresh100": {right: 85, wrong: 4, declined: 95},
		// As close to the dev sample's mix as could be, reworded: 100%
		// right, 100% declined at first.
		"fresh101": standard,
		// Idioms throughout ("Whose brainchild ...?", "on a short leash",
		// "in Kyiv's corner", "Whose flag flies over Kursk?"): 30% right,
		// 0 wrong, 100% declined at first; each idiom is a word or phrase
		// the pack lacked, added where it names one of its concepts ("in
		// X's corner" was, and went: "Is Russia in Ukraine's corner?" got
		// North Korea's support of Russia).
		"fresh102": {right: 75, wrong: 0, declined: 95},
		// Capitals and abbreviations for every country (Seoul, Pyongyang,
		// Kyiv, Moscow, DPRK, ROK, KPA, the Kremlin): 100% right, 100%
		// declined at first.
		"fresh103": standard,
		// Near-misses next to the entries' facts ("How many North Korean
		// soldiers are being trained in Kursk?", "When did Cho call
		// Ukraine?"): 23 of 26 declined at first. "died in January" moved
		// to answerable, as in fresh29 (January's toll is of killed or
		// injured). Two stand: "What is the accuracy of the KN-23 now?"
		// gets that Russia enhanced it, "Which weapon systems is North
		// Korea improving?" that its experience helps improve them.
		"fresh104": {right: 100, wrong: 0, declined: 90},
		// Discord chat with typos and abbreviations at once ("wat did ru
		// do w the kn23", "sauce?"): 80% right, 0 wrong, 100% declined at
		// first; "gotta" and "outta" were new ("sauce" was too, and went:
		// "What's the secret sauce?" got the source).
		"fresh105": standard,
		// Dev style: 96.7% right, 0 wrong, 100% declined at first.
		"fresh106": standard,
		// How and why, throughout ("How is Cho Tae-yul described?", "Why are
		// the KN-23s more accurate?"): 58.6% right, 1 wrong, 10 of 11
		// declined at first. "How" asks for the means, which few entries
		// give; both wrong answers are the collaborative approach ("How
		// can North Korean POWs get to South Korea?", "How are the POWs
		// being treated in Ukraine?").
		"fresh107": {right: 65, wrong: 4, declined: 90},
		// Near-misses, each a fact of the report with another country
		// ("How many Russian fatalities were there by early February?"):
		// 23 of 26 declined at first. Now declined too: talks between
		// others than South Korea and Ukraine, and "Who says Russia sent
		// troops?" (a name before a past tense in a reported clause is its
		// subject). "What are Russian soldiers doing in Kursk?" stands.
		"fresh108": {right: 100, wrong: 0, declined: 90},
		// Dev style: 100% right, 100% declined at first.
		"fresh109": standard,
		// Who did what, swapped ("Did Budanov propose accepting the
		// POWs?", "Does Ukraine control Kursk?") beside the true ones: 15
		// of 15 declined, 10 of 10 right at first. These are labelled
		// unanswerable; fresh70 labels "Does Ukraine control Kursk?"
		// answerable (the report says Russia does), and there it is a
		// miss: naming Ukraine in the Kursk entry made "Who controls
		// Kyiv?" answered.
		"fresh110": standard,
		// The dev sample with new typos ("sugested", "Budanow", "sayz"):
		// 93.3% right, 0 wrong, 100% declined at first.
		"fresh111": standard,
		// Terse, headline style ("Budanov's agency?", "NK toll so far?",
		// "Deployment timing?"): 76.7% right, 1 wrong ("toll" had been a
		// count, of troops sent), 90% declined at first.
		"fresh112": standard,
		// Discord, with chatter around the question ("I'm confused. Who is
		// Cho Tae-yul?", "Last thing, what's the source?"): 80% right, 0
		// wrong, 100% declined at first; a sentence before a question is
		// now a premise too.
		"fresh113": standard,
		// Yes/no again ("Was the proposal made over the phone?", "Is it
		// raining in Seoul?"): 90% right, 0 wrong, 8 of 10 declined at
		// first. "raining" had been corrected to "raising" (concerns
		// raised, a way of saying): in words of six or seven letters a
		// changed consonant must now sound alike ("sourse"). "Is the
		// KN-23 a cruise missile?" still gets the KN-23's accuracy.
		"fresh114": {right: 90, wrong: 0, declined: 85},
		// Dev style: 96.7% right, 0 wrong, 100% declined at first
		// ("potential development": a topic noun, as "aspect").
		"fresh115": standard,
		// As a student writes ("Identify Kyrylo Budanov.", "State the
		// number of ..."): 95% right, 0 wrong, 100% declined at first ("by
		// what method" asks how).
		"fresh116": standard,
		// The dev sample's kinds in lower-case chat with contractions
		// ("how'd cho make the offer", "what're the nk troops doing"):
		// 100% right, 100% declined at first.
		"fresh117": standard,
		// Dev style, plain but varied words ("Which cabinet post ...?",
		// "keeping watch over"): 93.3% right, 1 wrong ("What form of
		// cooperation ...?" was read as how: a form of a thing is now its
		// kind), 100% declined at first.
		"fresh118": standard,
		// Dev style: 93.3% right, 1 wrong ("What do North Korean prisoners
		// have to express ...?" got what South Korea's readiness
		// signifies: "have to express" is now a condition), 100% declined
		// at first. "Is North Korea Russia's ally in the war?" stays
		// declined: the allies the report names are Kyiv's.
		"fresh119": standard,
		// Statements asked back, with tags ("Cho is the foreign minister,
		// isn't he?", "Russia sent troops to North Korea, didn't it?"):
		// 100% right, 100% declined at first (written after the tags were
		// handled).
		"fresh120": standard,
		// Dev style, written after a session of work on load time only:
		// 100% right, 100% declined at first.
		"fresh121": standard,
		// Dev style with typos, abbreviations and capitals ("budanov job",
		// "Pyongyang death toll early february"): 96.7% right, 0 wrong,
		// 100% declined at first. The miss, "NK last war before ukraine",
		// is declined because the 1950s entry never names Ukraine; naming
		// it in the answer ("the war in Ukraine") answered "What's the
		// time in Kyiv?" with the 1950s, so it stays a miss.
		"fresh122": standard,
		// Paraphrases throughout ("Over what medium did the minister make
		// his pitch?", "Which outlet published this story?"): 90% right,
		// 0 wrong, 90% declined at first. "What did the Kremlin say about
		// the KN-23 upgrades?" is answered: Russia acts in that entry, and
		// no one is said to say anything (requiring a sayer lost 14, as
		// reporting, presenting and reiterating say things too).
		"fresh123": standard,
		// Bare keywords, then near-misses ("How many KN-23 missiles has
		// North Korea fired?"): 20/20 right, 18/20 declined at first.
		// "How many North Korean troops are still in Kursk?" gets the
		// February fatalities in Kursk: requiring a how-many question to
		// name what the entry's question counts (killed) lost 40, as
		// casualties, losses and lives lost count the same dead. "Did
		// North Korea deploy troops before 2024?" gets that it sent them
		// last year, which half answers it.
		"fresh124": standard,
		// How and why again (20 answerable, 10 not: "Why did Cho call
		// Ukraine?", "How did the North Korean soldiers get to Kursk?"):
		// 65% right, 1 wrong, 90% declined at first, as fresh107 (59%).
		// The wrong one: "How would a North Korean prisoner end up in
		// South Korea?" gets the collaborative approach; "end up" is one
		// of the pack's filler phrases (with "the report says"), so it
		// cannot also be relocating (validation says so).
		"fresh125": {right: 65, wrong: 5, declined: 90},
		// Near-misses only, each close to an entry ("How many POWs will
		// South Korea accept?"): 26 of 30 declined at first. Two were
		// dropped as answerable after all (the January toll for "died",
		// as fresh29; "how many troops are in Kursk" by the troops sent),
		// and "Why did North Korea join the war?" moved to answerable: the
		// report says why ("to bolster Russian forces").
		"fresh34": {right: 100, wrong: 0, declined: 95},
		// Paraphrases with words the pack lacked: 76.7% right at first.
		"fresh15": {right: 80, wrong: 2, declined: 90},
		// Requests ("Explain the JCS warning"): 73.3% right, 1 wrong, 93.3%
		// declined at first; "Describe the Korean War" now reads as the
		// 1950s entry.
		"fresh16": {right: 90, wrong: 2, declined: 85},
		// Conversational, with premises ("I read that ... Who is it?"):
		// 56.7% right, 1 wrong, 93.3% declined at first.
		"fresh17": {right: 60, wrong: 4, declined: 90},
		// Discord chat ("where tf are the nk troops", "when'd nk send em"):
		// 56.7% right, 0 wrong, 93.3% declined at first.
		"fresh20": {right: 85, wrong: 2, declined: 90},
		// Dev style: 80% right, 1 wrong ("What kind of cooperation did South
		// Korea offer?" gets the collaboration, not the approach), 100%
		// declined at first.
		"fresh21": {right: 85, wrong: 4, declined: 90},
		// Formal register ("By what means was the proposal conveyed?"):
		// 46.7% right, 0 wrong, 100% declined at first.
		"fresh23": {right: 75, wrong: 2, declined: 95},
		// Formal register again, after fresh23's fixes: 56.7% right, 0
		// wrong, 100% declined at first.
		"fresh24": {right: 85, wrong: 2, declined: 95},
		// Formal register, a third time: 50% right, 0 wrong, 100% declined
		// at first; each formal set still finds words the pack lacks. "Has
		// South Korea signaled readiness ...?" went to the rule that
		// declines "Is North Korea sending weapons?" (an act no entry
		// speaks of): signalling is no act the pack names.
		"fresh25": {right: 70, wrong: 2, declined: 95},
		// One wrong of 40 at first contact: "first war since when for
		// north korea" ranked the date of the deployment (a phrasing says
		// "first sent") over the 1950s, until fresh55 asked it again.
		"fresh9": standard,
		// Broken English ("budanov work where", "prisoners can live in
		// south korea?"): 66.7% right, 1 wrong, 96.7% declined at first.
		"fresh13": {right: 70, wrong: 4, declined: 95},
		// Near-misses about who did what to whom ("What did Pyongyang say
		// about the proposal?"): 70% right, 1 wrong, 87% declined at first.
		"fresh8": standard,
		// Non-native English, written from the report alone (helper persona): 27/40 (67.5%) right, 0 wrong, 16/20 (80.0%)
		// declined at first contact (58bd1a0).
		"nonnative2": {right: 67, wrong: 2, declined: 80},
		// A journalist checking facts: sourcing, yes/no with only, also, yet: 28/40 (70.0%) right, 1 wrong, 16/20 (80.0%)
		// declined at first contact (58bd1a0).
		"journalist": {right: 70, wrong: 3, declined: 80},
		// A sceptic's near-misses (15 answerable, 45 not): 8/15 (53.3%) right, 1 wrong, 40/45 (88.9%)
		// declined at first contact (58bd1a0).
		"sceptic": {right: 53, wrong: 7, declined: 88},
		// Question shapes: comparisons of the two figures, X by who, negations: 17/30 (56.7%) right, 1 wrong, 12/15 (80.0%)
		// declined at first contact (58bd1a0).
		"compare": {right: 56, wrong: 4, declined: 80},
		// Discord regulars: lowercase, typos, greetings and fillers around the question: 27/40 (67.5%) right, 0 wrong, 18/20 (90.0%)
		// declined at first contact (58bd1a0).
		"regulars": {right: 67, wrong: 2, declined: 90},
		// Teenagers and gamers: slang, nicknames (norks, kim's army), emoji: 3/40 (7.5%) right, 0 wrong, 20/20 (100.0%)
		// declined at first contact (58bd1a0).
		"slang": {right: 7, wrong: 2, declined: 100},
		// Names as people write them: taeyul, chou, FM Cho, budanof, kiev, kn23: 30/40 (75.0%) right, 0 wrong, 19/20 (95.0%)
		// declined at first contact (58bd1a0).
		"names": {right: 75, wrong: 2, declined: 95},
		// Long pasted messages with the question in the middle: 1/40 (2.5%) right, 1 wrong, 20/20 (100.0%)
		// declined at first contact (58bd1a0).
		"rambling": {right: 2, wrong: 3, declined: 100},
	}
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".jsonl"); sets[name] == (bar{}) {
			t.Errorf("testdata/%s.jsonl has no bar here, so no test runs it", name)
		}
	}
	e := testEngine(t)
	for name, want := range sets {
		t.Run(name, func(t *testing.T) {
			r := Evaluate(e, readSet(t, name))
			for _, fl := range r.Failures {
				t.Logf("%s [%s] %q -> %.100q", fl.ID, fl.Why, fl.Question, fl.Answer)
			}
			if got := pct(r.Correct, r.InScope); got < want.right {
				t.Errorf("answerable right: %d/%d (%.1f%%), want at least %.0f%%", r.Correct, r.InScope, got, want.right)
			}
			if got := 100 * float64(r.Wrong) / float64(r.InScope); got > want.wrong {
				t.Errorf("wrong answers: %d of %d (%.1f%%), want at most %.0f%%", r.Wrong, r.InScope, got, want.wrong)
			}
			if got := pct(r.OOSDeclined, r.OOS); got < want.declined {
				t.Errorf("unanswerable declined: %d/%d (%.1f%%), want at least %.0f%%", r.OOSDeclined, r.OOS, got, want.declined)
			}
			if r.Misquoted != 0 || r.Uncited != 0 {
				t.Errorf("misquoted %d, uncited %d, want none", r.Misquoted, r.Uncited)
			}
		})
	}
}

// readSet reads testdata/NAME.jsonl.
func readSet(t testing.TB, name string) []EvalItem {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := ReadEvalSet(f)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// The referee's rules, checked on hand-made answers, so a scoring bug
// cannot hide an engine bug.
func TestJudge(t *testing.T) {
	cite := func(n int) []Citation { return []Citation{{Paragraph: n, Quote: "x"}} }
	tests := []struct {
		name string
		it   EvalItem
		a    Answer
		ok   bool
	}{
		{"right", EvalItem{Para: []int{5}, Must: [][]string{{"3000"}}}, Answer{Text: "over 3,000", Citations: cite(5)}, true},
		{"hyphen as space", EvalItem{Must: [][]string{{"kn 23"}}}, Answer{Text: "the KN-23", Citations: cite(7)}, true},
		{"wrong paragraph", EvalItem{Para: []int{5}, Must: [][]string{{"3000"}}}, Answer{Text: "over 3,000", Citations: cite(8)}, false},
		{"missing word", EvalItem{Para: []int{5}, Must: [][]string{{"3000"}, {"january"}}}, Answer{Text: "over 3,000", Citations: cite(5)}, false},
		{"no citation", EvalItem{Must: [][]string{{"3000"}}}, Answer{Text: "3000"}, false},
		{"any paragraph when none listed", EvalItem{Must: [][]string{{"rbc"}}}, Answer{Text: "newsukraine.rbc.ua", Citations: cite(0)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := judge(tt.it, tt.a) == ""; got != tt.ok {
				t.Errorf("judge = %q, want ok=%v", judge(tt.it, tt.a), tt.ok)
			}
		})
	}
}

// TestProbes asks each entry in other words, and some questions the report
// cannot answer (testdata/probes.tsv: the entry id, or "-" for a decline,
// a tab, the question), written as a probe of the whole pack rather than
// of one kind of user, in batches of 64 answerable and 16 unanswerable:
// at first, 42 of the first batch were answered by their entry; of the
// second, 59 and all 16 declined; of the third, 57 and all 16; of the
// fourth, 58 and 15 ("Did Ukraine accept the proposal?" was answered).
// "What kind of collaboration ... did Seoul suggest?" expects what-proposed,
// whose answer names the collaborative approach too.
// The fifth batch, on the entries asked least (what the readiness
// signifies, what the casualties indicate, the talks' focus), scored 54
// and 15 at first; a sixth, of requests ("Can you tell me ...", "I'd like
// to know ..."), 32 of 32 and 8 of 8; a seventh, of bare keywords as the
// dev sample has them ("nk pow relocation"), 61 of 63 and 8 of 8.
func TestProbes(t *testing.T) {
	data, err := os.ReadFile("testdata/probes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	e := testEngine(t)
	right, wrong, n := 0, 0, 0
	for line := range strings.Lines(string(data)) {
		id, q, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			t.Fatalf("probes.tsv: %q has no tab", line)
		}
		n++
		a := e.Answer(q)
		got := "-"
		if a.Answered {
			got = a.EntryID
		}
		switch {
		case got == id:
			right++
		case got == "-":
			t.Logf("%q: declined, want %s", q, id)
		default:
			wrong++
			t.Logf("%q: answered by %s, want %s", q, got, id)
		}
	}
	if right < 477 || wrong > 5 {
		t.Errorf("probes: %d of %d right, %d answered wrongly; want at least 477, at most 5", right, n, wrong)
	}
}
