package knowledge

// A question after a premise may only frame it ("the whole 'humanitarian'
// angle is cope. how does the article frame this", "@someone said the talks
// are purely military. how does the article frame them?"): its words are
// filler to the whole question, which asks of the premise. Read alone, a
// question that only frames has its framing's words for terms ("how",
// "article", "frame" as significance), because it would ask nothing
// otherwise; those are no words the question after the premise asks that
// an entry answering the whole must also speak of (missesAsked).
