// Package knowledge holds the report, the curated pack drawn from it (Q&A
// entries with citations, and synonyms), the pack's validation, and the
// engine that answers questions from it. It knows nothing of Discord.
//
// The engine answers only what an entry of the pack answers: a question
// about anything else is declined with questions it can answer instead.
package knowledge
