package knowledge

// Chat puts a claim to check with a verdict in slang after it: "china
// buffed the kn-23s, based or cringe", as "..., true?" does (one on its
// teller, "is he talkin out his backside", is liartail.go's). Read as they
// stand, "based" and "cringe" are words of the question that no answer
// has, and sink the entry that states the claim.

// slangVerdicts are chat's words for whether a claim holds, in a tail
// after it; with checkAsks they make one (see checkTail), "just" between
// ("or just vibes").
var slangVerdicts = setOf("based", "cringe", "vibes", "cope", "copium", "sus", "bogus", "rubbish", "nonsense", "bollocks", "facts")
