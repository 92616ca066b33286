// Package knowledge holds the report, the curated pack drawn from it (Q&A
// entries with citations, and synonyms), the pack's validation, and the
// engine that answers questions from it. It knows nothing of Discord.
//
// The engine answers only what an entry of the pack answers: a question
// about anything else is declined with questions it can answer instead.
//
// A question goes through these steps, one file each:
//
//   - emote.go drops a roleplay action opening or closing it ("*tilts
//     head* ...");
//   - jokeaside.go drops a bracketed joke that laughs ("(not a minecraft
//     biome lmao)");
//   - normalize.go cuts it into words (case, apostrophes, "KN-23", "3,000",
//     "three thousand"; numberplus.go, "3,000-plus"), with the engine's own word lists in wordlists.go
//     (wordclass.go answering, at one lookup, which of several lists a word
//     is on, and wordfilter.go, at two loads, that a word is on none of a
//     small list, unhashed, or of a list of hundreds, at a wordSieve's
//     hashed bit; markbytes.go, in one pass over a message's bytes, tried
//     only at a pair of bytes that opens a mark, that it holds none of the
//     marks a step's trigger words hold; lowerset.go, a word with a
//     capital looked up lowered on the stack), and blank.go reads a quiz's blank ("about ___ fatalities") as the
//     number it asks;
//   - rephrase.go reads the words whose sense hangs on their place
//     ("before" alone is "previously"; placename.go, the name of a place
//     a where clause says, asks where; wherewere.go, a "where" before a
//     past participle is "were", "soldiers where killed"; whichearlier.go,
//     "which is earlier" orders two things, not "previously"; inwhatsense.go, "in what sense"
//     asks how; suchkind.go, "since when" of a war of a kind, "a war
//     like this", asks when it last was; gotasked.go, a "get" a "what"
//     asks, "what does North Korea get?", asks its gain;
//     pidginthey.go, a clause-opening Pidgin "dem" is "they" and an
//     "abi" before it "or"), and again.go,
//     later, the other
//     ways to ask a question nothing answers as it stands (a choice, a
//     premise; itsname.go, the names a part's "it" means, and a part opened
//     by the "how" of a manner), of which choice.go reads a choice between two phrases
//     (choicedate.go, one of dates, told by an entry's as_of month;
//     namelist.go, a list of names, "the US, South Korea, or Russia";
//     elidedhead.go, of owners, "Ukraine's figure, Seoul's, or Washington's"),
//     comparesnames.go two names set side by side ("which has more
//     casualties, Russia or NK?"), and doubt.go the asker's doubt after
//     "or" ("... or is it one-sided?");
//   - analyzer.go turns the words into terms (phrasewords.go keeping the
//     words only a filler or a sense's phrase holds out of the known
//     words, but as written, and out of typo repair's targets): typo.go repairs the words the
//     pack does not know (stretched.go a letter stretched for tone,
//     spelled.go a code spelled letter by letter, decades.go a decade
//     chat names by two digits, "the 70s", shortyear.go a year
//     by its last two, "January '25", honorifics.go a
//     name's hyphened honorific ("Budanov-ssi"), accents.go an accent
//     English does not write, soundalike.go a word spelt as it sounds,
//     ieswap.go a word with its "ie" and "ei" swapped ("recieved"),
//     owospeak.go a word with its r or l written w ("suppowt"),
//     taglishverbs.go an English verb with a Tagalog affix; nearest.go
//     chooses among words as near),
//     foreignwords.go drops
//     the Spanish or German function words of a mixed question ("el", "ist"),
//     translation.go reads "in Korean" after a word asked of ("mean in
//     Russian") or last as the translation key no entry speaks of,
//     particles.go puts a particle left after its verb's object back by
//     the verb ("take the captives in"), possessiveslot.go reads an idiom the
//     pack writes with "their" with a name's "'s" in its place ("under
//     which state's authority"), stem.go stems (stemmemo.go keeping the
//     stems of words the pack does not use, once stemmed), senses.go reads a
//     word by its neighbours as the pack's senses say ("talk about" after
//     "we", after a speaker, else; requeststart.go, a verb that opens a
//     request, "break down the ..."), synonyms.go reads the pack's synonyms
//     as single terms (phrasestart.go trying a phrase only when its second
//     word is the question's next; plainwords.go passing the pack's words
//     by typo.go at once; fillergap.go reading a filler across a word
//     inside it, "what does the article actually say about"), partasked.go reads "which part of" a group as
//     "who", whichcount.go reads past a count inside a question the pack
//     knows ("which three parties" as "which parties", who), and asidedeed.go drops a deed set aside ("besides taking the
//     POWs"; asidething.go, a thing set aside after a thing asked, "tanks
//     too, besides the missile stuff");
//   - rank.go scores the entries indexed by index.go;
//   - grammar.go reads who does what (titledsubject.go, a person's name
//     after a title read away, "did minister Budanov offer"; adjunctrole.go,
//     a name right before a role, "the intelligence chief of Ukraine"), and asked.go what the question
//     asks, once, into a query (query.go), with dates.go (how finely a
//     date or a count is asked and given) and paragraphs.go (a paragraph
//     pointed at, pointerlead.go with its lead-in, "according to the first
//     paragraph"; endpointer.go, the report's end, "at the end of the
//     story", "the end bit"; paragraphwhole.go, what one says, told by the entries of
//     its sentences; askerread.go, a paragraph the asker "only read", which
//     points at nothing); the guards read it, with what the entry states, and turn
//     down an entry that does not answer it: guards.go holds their table
//     and the ranking's thresholds (clearlead.go, an entry ranked far
//     ahead of the second by a question of many terms, with no unknown
//     word among the known ones, answers below the threshold; placeoffered.go, a place set against
//     any other, "kursk or somewhere else", is a guess, not a place asked
//     within), askedguards.go what is asked (with
//     described.go, a name that only says which people it means,
//     possessorrole.go, a role between a country and a thing it owns,
//     "north korean military's missiles", is the country's,
//     whorole.go, what a "who" after its act (or right before a past key act) asks of it, whatisthe.go,
//     the X a "What is the X ...?" asks for, fateperson.go, a person
//     said to be captured, killed or injured, storycountries.go, every
//     country of the story (only the overview lists them), thingoftime.go,
//     a "which war" of an entry that says only when, askedmeans.go,
//     a "through which channel" of an entry that does not say how,
//     possibleasked.go, a "could North Korea ...?" of an entry that says
//     why, when, where or how many, countofreport.go, "does the report
//     give a number?" read alone, of any entry's count, and settle.go,
//     which of a choice of names did a thing, answerswhere.go, an
//     entry that answers a "where" by the place it sends someone to,
//     kindofname.go, "what kind of missile is the KN-23?" of an entry
//     that calls it a missile; standsfor.go, "what does RBC stand for?"
//     of a term whose words its letters do not begin; stillrole.go, whether a person "still"
//     holds a role, which no entry
//     tells, stillpast.go, whether a thing "still" holds, answered
//     by an entry that quotes the present before one of the past,
//     mutualacts.go, the partner of an act done together,
//     partneranswered.go, an entry that says to whom a thing was done or
//     given, and
//     overview.go, an overview that answers only of what its quotes
//     speak of, and premiseoverview.go, of a claim put to check before
//     the question only if it speaks of the claim (or of the passage
//     it names, "the bit about ..."); quotedclaim.go, a
//     quoted line "> ..." is such a claim; framedtail.go, a question
//     after a premise that only frames it asks of the premise), unaskedanswered.go the known words an entry answers
//     rather than lacks, figureguards.go figures (afterdate.go, a time
//     after a date; datekept.go, no reading of a question, nor a core
//     without its chatter, drops a time the report does not tell, "like
//     right now in March"; afterevent.go, a time after an event, "after the
//     call", not told by the entry that tells the event; partof.go, a part of a figure the question gives;
//     splitsTogether, a split asked in parts of one figure;
//     groupdoing.go, "soldiers fighting in Kursk" counts the soldiers,
//     the fighting no measure of them ("are still fighting" too);
//     claimcount.go, a count a claim says in small words, "captured
//     exactly two", of an entry that gives no figure), actingguards.go who does what (sourcecountry.go, the
//     source asked to be of a country that does nothing in the entry;
//     whoseacting.go
//     whether a country's group acts, or is only what is done to;
//     statewhose.go, a state asked of a group or a name, "is Russia's
//     army improved?", that the entry has it in, not another's;
//     countowner.go, a figure asked as someone's, "Russia's tally",
//     that the entry counts theirs or has them give it;
//     modifierhead.go, a name in the singular before a noun, "Seoul's
//     POW offer", leaves the owner the noun's;
//     readiness.go, a readiness for an act that asks the act;
//     alreadyafter.go, "they come already to Seoul?" read as "already
//     come to", the move kept with its preposition;
//     mustwish.go, "must the soldier want one?" read as "the soldier
//     must want", the condition of a wish;
//     wishfact.go, a group's wish asked as a fact, "do the prisoners
//     want to go?", asks the act as done;
//     purposedone.go, an act asked as the means to a purpose the entry
//     tells the doer doing ("did Cho go to Kyiv to present it?");
//     supportdir.go, who supports whom, either way round; gainfor.go,
//     whom a gain is for, "benefit for Ukraine", who must act in the
//     entry; ownerdoes.go, the owner of a thing the entry does not say
//     whose it is ("Russia's effort"), who must act in the entry where
//     it names them only as owning forces; relativesubject.go, the name
//     that opens a clause after a thing, "the weapons North Korea gave",
//     its subject; clausesubject.go, the name that opens a clause after
//     "that" or a word of chance, "is there any chance South Korea sends
//     troops?", its subject; hedgeddeed.go, "X were estimated to have
//     suffered", X's deed, and asked "is Russia supposed to have sent",
//     Russia's; sufferedby.go, a loss asked as done, "did X suffer
//     losses?", "how many casualties did X sustain?", put to an entry
//     that has no one suffer them, suffered by whose its losses are;
//     countedowner.go, "how many Russian troops?", the owners of a
//     counted word narrowed to those who act in the entry;
//     pastclause.go, "is it confirmed that Seoul accepted them?", the
//     act after "that" and a name put in the past asked as done, and
//     offerasked.go, an entry's question of a "readiness to" act, the
//     act offered;
//     figuresure.go, "a hard count or an estimate", words of how sure
//     a figure is, no measure for the measure guard;
//     pronounmet.go, a "she" the last answer's persons do not fit,
//     asked back, not read as of the last answer;
//     opposedlead.go, "isn't it the opposite, Russia sent ...", Russia
//     the subject as if it stood first;
//     listasked.go,
//     "list the X" asking which X; officialin.go, "who in the Russian
//     government", an official of Russia asked; cameabout.go,
//     how a state came about, asked as a method; rolespeaker.go,
//     a group named by its role and what befell it said to speak;
//     quotespeaker.go, who speaks in an entry's quotes, a pronoun
//     read as the person its paragraph names last);
//   - madeto.go reads "them" after "to" and an act as the one the report
//     has the act done to ("pitch it to them": Ukraine); rewritetwo.go
//     keeps the text's marks with two references resolved;
//   - keptkind.go keeps a reading of a question that drops its "when"
//     from being asked again ("on what date did the call take place?");
//   - offerreceived.go turns down every entry for a question whether the
//     offer was accepted ("did they agree to the proposal?");
//   - supposedonly.go turns down every entry for a question whose words
//     before an "if" read only names ("sk'll have em if ukraine catches
//     em?" is not answered by who captured them);
//   - personfrom.go reads a person named by where they are from ("the guy
//     from russia") as that place doing the act, for subjectActsGuard;
//   - personasked.go reads a "who" asked by a noun of a person ("which
//     minister") as answered by no country that does the act;
//   - capturedgroup.go says a group a question says is captured ("did
//     Ukraine capture any NK soldiers?") as the prisoners, for a later "they";
//   - ministerof.go reads "which Ukrainian minister", "which minister for
//     Ukraine" as asking an official of that country (officialGuard);
//   - thingkept.go keeps a reading that drops the figure asked, and keeps
//     only names, from being asked again ("3k dead or 4k fatalities,
//     which is it" as "ukraine how many");
//   - whyrather.go declines a "why" that sets one name against another
//     ("why Kursk and not inside Ukraine?"), and every reading of it;
//   - whichunknown.go declines a "which" asking for a thing the pack has
//     never seen ("which Russian company helped?"), and every reading of it;
//   - compose.go answers a question asking two things from an entry for
//     each part (answeredperson.go: a last part's "his" is the one person
//     the first part's answer names, when the first asks who);
//   - inpart.go answers a question asking two things of which the report
//     answers one: that part, and a line saying the other is not in it
//     (partwords.go: each part reads only its own words);
//   - apposition.go asks again, with the name alone, a question that
//     names one person twice, by a description the pack reads as another
//     person and by name ("the ukrainian guy, Cho");
//   - answer.go runs these steps and builds the Answer, after asking a
//     claim put to check in a frame as the claim alone ("my uncle says
//     ... — true?", "Headline: '...'. Accurate?", "no way ...",
//     claimframe.go; a choice in such a frame as the choice alone,
//     framedchoice.go; a newsroom lead, "Copy has ...", copylead.go; a
//     tail asking whether the teller lies or talks nonsense, "is he
//     talkin out his backside", liartail.go; "was it actually X?" after a
//     claim naming X, echotail.go; a post put wrong as who said a thing,
//     otherholder.go; a place in a claim asked as where, claimwhere.go; a
//     person's country confirmed only near their name, nationality.go;
//     claimframe.go also keeps a claim checked before a question
//     of its own that question's premise; chatreply.go, a claim put as
//     a reply to another user, "@mike no, it was ...", "@sarah you said
//     ...", or as a verdict on its teller, "whoever said X is wrong";
//     slangverdict.go, a slang verdict after a claim, "based or cringe";
//     exclaimedclaim.go, an exclamation around one, "4k fatalities by
//     early march is wild ngl"),
//     after reading a
//     question put about the report without its frame ("does the report
//     say that ...?", reportframe.go; a question for the report's own
//     words, "what word does the report use for ...?", as the thing
//     alone, answered with its quotes verbatim, wording.go; "which two
//     adjectives describe X?", the words as the subject, wordsdescribe.go; the report's
//     exact words put in quotes, "does it say 'significant' or 'heavy'
//     casualties?", answered with the one it prints, quotedwording.go (quotes.go
//     finds the words put in quotes); a question
//     of which paragraph says a thing, "which paragraph mentions the
//     KN-23?", as the thing alone, answered with the paragraphs its
//     answer cites ("which sentence": with its sentences), paragraphof.go (paragraphpart.go, "which part of the
//     report", "does the writer first mention X"); a trivia clue
//     opening with the kind of its answer, "Month of the 3,000 figure?",
//     as the "what month" question it stands for, cluenoun.go; the report as the one who says
//     inside a wh-question, reportsubject.go; the names that say which
//     story a source question asks of, "the North Korean POW story",
//     storytopic.go) and turning down a question that
//     judges the report itself (verdict.go), after dropping a letter's
//     sign-off (signoff.go) and the word of address it closes on
//     (closingaddress.go, "..., partner?") or sets off by commas inside it
//     (inneraddress.go, "..., bud, like ...") and asking the question a request asks
//     (requested.go; a request told as a habit, "I always want ...", is
//     none, nor one for "the number" after a question, which wants its
//     answer, answerback_test.go; the last request that asks, without the asker's tail after
//     it, requestedtail_test.go), after asking a question
//     without the remarks after it (remarks.go; endsasking.go, a sentence
//     ending "since when fr" asks, and is no remark; exactremark.go, one
//     asking the figure exact, "like exact number", is read with it), not answering a question
//     of two clauses by one clause alone (halfasked.go) nor the second of
//     two questions by an entry of it alone (secondquestion.go), answering a message
//     of two questions, each with its mark, by each alone (twoquestions.go), and, when nothing
//     answers, reads a claim put to check with one detail wrong
//     (claimyes.go, before that, opens with "Yes." the answer to a claim
//     put to check that its entry states in every word, polarcopula.go
//     a claim asked "Is the source newsukraine.rbc.ua?"; hedgedentry.go,
//     no "Yes." to a plain claim when the entry gives it only as possible;
//     retreatclaim.go, a claim that turns back what the entry states
//     ("Is North Korea pulling out?") answered as the opposite;
//     claimrelating.go,
//     a relating word, "linked", checked against the two things it links; claimdebate.go,
//     first of all, puts to check each of two claims set against each
//     other before "who's right?")
//     (factcheck.go; factanchor.go, when what else it gets right pins the
//     fact; factdoer.go, a claim's doer; factsayer.go, a claim whose
//     doer is wrong not answered by an entry whose lead names no one,
//     "Last year: ...", nor by one asked who says it; factname.go, a name of the
//     wrong person, country, place or body; facttitle.go, a wrong word
//     qualifying a title before a name, "defense minister Cho";
//     roleof.go, a post's qualifier after "of", "the minister of
//     defense Cho";
//     claimcode.go, a weapon's code name the report does not give, "KN-25";
//     remarktag.go, the asker's own remark with a tag after a question,
//     "I read this elsewhere, no?", read as a remark;
//     claimvenue.go, a place after a wrong means, "a summit in
//     Washington", corrected by how the thing was done;
//     claimlist.go, a wrong name listed beside a right one, "Japan and
//     South Korea reported" (the United States);
//     claimwho.go, a wrong name asked as "who" in its slot, "the reports
//     came from China" (Kyiv and its allies), and so "is he the one who
//     said ...?" (theone.go);
//     roleholder.go (through kind-of-answer), "who was the minister on
//     the call?" answered by the entry naming the post's holder;
//     undername.go, a bare name after "under" read as a nationality
//     adjective, "Kursk under UA control?" (Russian);
//     postof.go, what a person's post is of, wrong, "the head of
//     Ukraine's army" (of its Defense Intelligence);
//     claimobject.go, a wrong country asked plainly where it is not
//     the doer, "was the proposal made to Russia?", "Russian military
//     intelligence", corrected by the entry that says which country;
//     claimperson.go, a wrong person corrected only by an answer naming
//     a person, "Minister Kim made the POW offer" (Cho, not "South Korea");
//     claimfigure.go, a number in the slot of a count the report gives
//     in one figure, "NK sent 500 troops" (thousands);
//     claimproperty.go, a property the report does not give, "the
//     range of the KN-23" (its accuracy);
//     claimkind.go, the wrong kind of loss for a figure its number and
//     date pin, "4,000 wounded by early February" (fatalities);
//     factsource.go, a figure
//     put to a wrong source; cleftfocus.go, the focus of
//     "was it X who ...?", whatever X is; statedclaim.go, a claim stated
//     with a question mark alone; runontag.go, a tag with no comma
//     before it, "... since the 80s has it"; claimrelative.go, a
//     clause about a place the claim names, "fighting in Kursk, which is
//     under Ukrainian control", put to check of the place; guesshedge.go,
//     a decade hedged by "like" in a question, "since like the 1990s?",
//     a guess put to check; guessedfigure.go, a phrase's figure
//     guessed after a colon, "NK KIA by early Feb: 5k?"; figureofdate.go,
//     a figure named by its date and kind alone, "the Feb number was
//     5k"), declines a count the report
//     gives no figure of with what it says instead (figurenotgiven.go),
//     answers "what did the US say?" with the one thing the report has
//     that source say (saidonly.go)
//     and, last, asks the question without its chatter (core.go;
//     pointmarker.go, the sentences before a "tl;dr" are chatter;
//     contrastclause.go, a short "not the Y" ending a sentence is a
//     clause of its own, "the foreign minister not the president") as a
//     question of its own (corequestion.go) when it still points at
//     the paragraph the question does (corepointer.go), the one request a long
//     message reports ("Leadership asked what ...") alone (requested.go),
//     but not one whose "that" points back before it ("... can you tell
//     me who said that", requestback.go; one asking "whether that is
//     what the article says" puts what was said to check),
//     the message without the asker's statements about themselves
//     before its question ("My late father fought in Korea. ...",
//     personalaside.go; before a comma, "so for my poli sci seminar,
//     whats ...", purposeleadin.go; after it, "... because I could not catch it",
//     askerreason.go; after a comma or dash, "..., need it for my
//     notes doc lol", askerstail.go), the clause after a lead-in that names it ("The
//     main thing she keeps asking is whether ...", leadthing.go), and a
//     wh-question without the guess after it
//     ("— Russia?", guessafter.go), each such reading asked in one way
//     (askedas.go); a reading left with a name alone is answered only
//     by an entry asked of that name alone (barename.go);
//     a message that counts what it asks, "two things: ...", has no
//     premise (twothings.go);
//     asidekeys.go turns down an entry giving the keys a "what else"
//     sets aside;
//     explain.go tells a curator
//     what they did; suggest.go completes what a user is typing.
//
// A conversation (conversation.go) wraps these steps: AnswerIn takes a
// Conversation, the small value of what earlier turns named, and returns
// the next ("how do we know X?" asks who says X, or, evidence.go, X of an
// entry that gives it as reported; certainty.go, so does "how sure is the
// report that X?"; knownasked.go, the one step both are, which the core of
// a question without its chatter takes too). A message is cut into sentences
// (dictation.go first writing the marks a dictation spelt out, "comma",
// "question mark"; hyphencompound.go, the words of a compound joined by
// hyphens apart, "missile-type"), its statements read as
// context and its questions answered (message.go; askerscountry.go reads
// an asker's "us" as the country they say they are from; askersside.go declines "our soldiers" when no
// country says whose; phrasing.go asks the
// question a statement reports when the one after it only asks how to put
// it; statementclause.go reads
// a statement by its first clause when the rest is the asker's own;
// statementsubject.go puts "the X" a statement says was or is in the
// place of the next question's lone pronoun; evidencefor.go asks "what
// evidence does the report give?" of the statement's claim; smalltalk.go also
// replies to thanks and the like, however addressed, stretched, spelt,
// emoji or in another script, and drops it and whom it addresses before
// a question; language.go to other languages); a
// follow-up's references are resolved against the conversation
// (followup.go, where nounhead.go reads "these POW discussions" as
// the discussions; misheardfigure.go answers a number the report does
// not give, checked after a figure ("three hundred, was it?"), with the
// last answer again; claimalone.go a claim with one detail wrong that
// no merged reading answers, asked alone; comparedfigure.go, the figure just given set against
// the other one it cites ("is that more than the january figure?"), and
// comparesthem.go the two it gives ("why are they different"), with the
// last answer again; paircomparative.go a "more" with the measure counted
// after both figures ("so more soldiers die?") as comparing the two; whoanswered.go takes a role asked "who is" for the one
// person its answer names, sincethere.go leaves "there" of a question of
// since when as it stands, and roleofthat.go asks back a first question
// of a role of "that", meaningofnothing.go a first "what does it mean",
// openingfragment.go a first "and in feb?",
// toldbefore.go a first "what were the figures you told me?" (and
// reads the reply of several sentences whole; unspokenfirst.go keeps
// that reading's decline when a pronoun is of a name the report lacks,
// "Belarus. How many did it send?"), a date
// alone of no question before it, and twoasked.go a "what did he
// say?" after two questions of two people, offering what each said
// (saidaskedback.go) (its ways of saying, and a
// claim's source's "Ukraine said", the pack's "say" term's, saywords.go), and namealone.go asks "and
// the us?", a name the report says little of, as it stands when the
// last question of it is not answered, and haveany.go reads "do they
// even have any?" as whether the one the last question asked of has its
// thing, and meantstatement.go reads "i meant the other talks. what
// are they about" with the talks for "they"; inphrase.go, a pronoun inside the pack's filler
// ("I mixed them up") or ending a phrase of the pack ("all of them"), left unresolved; namedthenasks.go, a reply to a question asked back that names a topic and then asks of it ("sk joint chiefs, what they saying"), a question of its own; howproperty.go, "how accurate is it now?" of a property the last answer speaks of, a measure and not its certainty; itsays.go, "does it say about ..." with the report for "it"; theysay.go, a "they" that says; thosecounted.go, a bare "those" after "how many" of a thing counted, that figure; partabout.go, "the xp part" asked as "the part about xp"; pronounnamed.go, a
// pronoun named again between commas, or named before the comma ("and
// Budanov, is he Korean too?"); nationalityfragment.go, a
// nationality alone after a question of who someone is) and its fragments merged into the last question
// (merge.go; thatsclaim.go reads "so that's 4000 in january?" as a claim
// about the last answer, its "'s" as "is", not a fragment; roleswap.go puts a fragment's office in the place of the last question's ("and South Korea's foreign minister?"), not beside it; chatterbase.go keeps a premise that says nothing of the report out of the last question; measureverb.go asks a fragment's measure in the place of the last question's verb ("and by february how many of them dead?" after how many were sent); unsaid.go keeps a correction's "sorry, i meant" out of the
// last question, meantfragment.go reads a correction by a part of it
// ("no i meant january") as a fragment, meantpronoun.go one that names
// whom the last question's unresolved pronoun meant, measurealone.go asks a fragment
// of another measure without the last question's place, morecounted.go
// "and more coming?" after a count as of more of the thing counted,
// supportedfragment.go "and russia?" after whom South Korea backs as
// who backs Russia, a side the report has only backed (answerinstead.go
// the asking in its place both share), figuresource.go the name that gave a figure another
// replaces, entryfragment.go merges one its words do not take into the
// question of the entry that answered it, sameagain.go asks back one
// that only names whom the last answer names, and sincewhen.go reads a
// bare "since when?" as of the last answer's "since" clause; topicpremise.go
// keeps a premise that is only a name or group, "And Ukraine soldiers, how
// many die?", as the question's topic), a question about the last
// answer is answered from the pack's attribution (lastanswer.go; a reply
// that picks one of the names asked back by its place, "the first one",
// is that one, ordinalpick.go; a sentence that only names a figure before
// one that asks who says it is that question's premise, premisetopic.go;
// "their position" with no one named before is asked back, whosestance.go;
// a doubt with what the asker believed instead, "u sure? i thought
// ...", puts the belief to check, pushbackclaim.go;
// a first message read whole that only answers the claim it checks
// first is read sentence by sentence, premiseonly.go; a message whose
// whole reading answers only the first of the two questions its last
// sentence joins with "and" is answered by that sentence alone,
// halfoftwo.go; a guess after a question about the last answer, "who's
// saying that, the americans?", is left out, guessoflast.go; "is it true
// <claim>?" puts its claim to check, not the last answer, itclaim.go;
// the asker's own people, "my boss", are no report terms,
// askerspeople.go; "also which paragraph is that in?" after a question
// in the same message adds the paragraph to its answer, wherealso.go
// (lastanswer.go drops the words that move the talk on before it, and a
// "does it say" before "who"); "and russia?" naming only what the last
// question names, which it cannot stand in for, is declined,
// namedagain.go; the topic returned to, "going back to the rockets, what
// were they called?", stands for the question's one pronoun,
// backtopic.go; "the claim that X: who said that?" asks "who said that
// X?", claimthat.go; "... a claim that X. Does the report make that
// claim, and who makes it?" asks it too, claimpointed.go; "the February estimate, which paragraph?" asks
// which paragraph mentions it, topicwhere.go (and "which paragraph gives
// that January number?" after a question turned down is of the number,
// lastanswer.go); a request that
// only asks to name whom the question before asks for, "name the
// agency", is left out, namerequest.go;
// notgiven.go reads in its lines what they say the report does not give;
// samefigures.go lets another entry answer it that gives the same
// figures; saidnear.go, "what does he say about the missiles?" of a
// topic the report gives beside him as no one's, with that attribution), "what does that mean for them?" from the last answer that
// speaks of them (meansfor.go), "quote it" with the last answer's quotes
// verbatim (quoteasked.go), "anything else?" with the next related
// entry not yet given, and declined after a question turned down (more.go), "repeat that pls" with the last
// answer again (repeatasked.go), "anything from Pyongyang itself?" as what
// Pyongyang says (anythingfrom.go), "which people are named in it?" of the
// report (namedinit.go), "and the January tally, whose figure is
// that?" of the tally (premisethat.go), "says who?" declined of the last answer
// leaves it in view (lastanswerstands.go), "the 3000 one" is the answer
// giving that figure alone (figurealone.go), "and a few weeks later?" with the figure
// of the next date (later.go), "where was that?" with the last answer
// when it names one place (wherethat.go), "how many are still there?" only from
// quotes that speak of now, "are they still there?" as what they are
// doing there (still.go), and what cannot be resolved is
// asked back, unless, in a first message, the question itself gives what
// it refers to (ownreference.go; saidby.go, no "he" after only a request
// to quote, "quote me the bit where he says"; samequestion.go, "^ same question,
// what's the catch ..." is the question after its pointer), unless its "they" does what a "what"
// or "how many" question asks of (theydeed.go); a statement that turns the last person
// away for "the other guy" names the other (othercorrected.go); a "they"
// for several groups the last question named is the one its answer was
// about (askedanswered.go); "where do those casualty numbers come from?"
// is asked of the figures named by what they count (figurecounted.go);
// "is it from Ukraine or South Korea?" with nothing before it names
// nothing to ask of (namechoice.go); in
// "what about more troops, could they send more?" the troops are no
// antecedent of "they" (moreof.go). talk.go holds the pack's tables for all of it, and
// answerfacts.go what the follow-ups read of each answer, once, at load;
// answerreads.go what confirms reads of each answer (words, hedge,
// condition), once, at load;
// reads.go keeps what a turn has read, so that its steps read it once
// (lastread.go, the last question as its turn read it, kept in the
// conversation for a fragment of it; exact.go looks a curated phrasing up without joining its words). A
// premise before a question (again.go; set apart by a comma, a colon or
// a dash, "on deadline — how many ...?") is read with premisefigure.go ("that
// number" points at the premise's figure), askedagain.go ("who was it?"
// after a premise that asks is the premise's question), claimasked.go (a question
// naming nothing after a claim put to check is asked of what the claim speaks of)
// predicatename.go (a name said of a pronoun is not what the pronoun stands for)
// unknownhead.go ("Pyongyang's reaction ...: what was it?" is the reaction)
// premiseabout.go ("..., so does it say anything about that?" asks of the premise, declined when it holds words the pack does not know)
// and rolepronoun.go ("the emissary ...: what is his portfolio?" is the post's holder).
// phrasingreply.go: a curated phrasing after a question asked back ("source?") is a question of its own;
// arrivedat.go: "did they get to South Korea yet?" asks an arrival, which no offer answers;
// placescope.go: "if they move to South Korea, where would they live?" and "what city?" ask within South Korea;
// learnermean.go: "whats POW mean" is "what does POW mean"; concessive.go: "even though so many died?"
// of the last answer is yes when it concedes that, else declined; otherperson.go: "the other lady" is a person, "the other mod" one of the chat.
// paragraphpart.go also reads "they" alone before a verb of mentioning as the writers ("in which paragraph do they speak of the call?").
// lastbit.go: "that last bit" is "that", the last thing said, not the report's last time.
// offeredafter.go: "like confirmed or just reported" after a question offers its answers, no statement.
// baresure.go: a bare "how sure?" after a question turned down is of that one, and declined.
// sourceon.go: "who's the source on NK gaining combat experience?" is answered by who says it, the attribution of the entry that answers the thing alone; a thing whose entry names no one stays declined.
// hedgeframe.go: "how confident is the article about X?", "is X officially confirmed, or based on reports?" are answered by the hedge X's entry is given with (its attribution's certainty), when no one is said to say X.
// attributionline.go: the entry that answers X as it stands, and its attribution's line as the answer, for sourceon.go and hedgeframe.go.
// postref.go: a post named in a question ("the korean minister guy") is its holder for the "he" after it
// (a [[referent]] with holder); theone.go: "is he the one who said X?" puts a claim of who said it to check.
// onereading.go: a reference to several things named is read as the first when every reading is answered by the same entry.
// quotehead.go: "quote me the exact line pls, the lads won't believe me" asks the request before the comma, without the reason after it.
// leftgroup.go: a group before the comma ("the north korean army, what it learn ...?") is the subject pronoun after it,
// and "the bigger one, who came up with it?" is of that one.
// reactiontalk.go: thanks with a word of reaction ("brutal. thx") is small talk, not a question of the word.
//
// pack.go loads a pack, validate.go checks it (quote.go finds its quotes in
// the report), and contract.go lists the synonyms every pack must define,
// as the engine reads them by name (docs/pack.md is the curator's guide);
// usage.go reads the pack's words of English usage ([usage]) that some
// rules turn on, vocabulary kept out of Go.
package knowledge
