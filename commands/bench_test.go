package commands

import (
	"testing"

	"github.com/bwmarrin/discordgo"
)

// BenchmarkRespond is /ask from interaction to response value: answering
// and rendering, without JSON.
func BenchmarkRespond(b *testing.B) {
	s := testSet(b, Options{MaxQuestion: 300})
	qs := []string{"Who proposed accepting North Korean POWs?", "How many Russian soldiers died?", "kn23 missile accuracy", "where are nk troops fighting"}
	is := make([]*slashInteraction, len(qs))
	for i, q := range qs {
		is[i] = &slashInteraction{slash("ask", str("question", q))}
	}
	b.ReportAllocs()
	for n := 0; n < b.N; n++ {
		s.Respond(is[n%len(is)].i)
	}
}

type slashInteraction struct{ i *discordgo.Interaction }

// BenchmarkRespondJSON is BenchmarkRespond with the response encoded, as
// the HTTP endpoint sends it, with and without the feedback buttons.
func BenchmarkRespondJSON(b *testing.B) {
	for _, feedback := range []bool{false, true} {
		name := "plain"
		if feedback {
			name = "feedback"
		}
		b.Run(name, func(b *testing.B) {
			s := testSet(b, Options{MaxQuestion: 300, Feedback: feedback})
			qs := []string{"Who proposed accepting North Korean POWs?", "How many Russian soldiers died?", "kn23 missile accuracy", "where are nk troops fighting"}
			is := make([]*discordgo.Interaction, len(qs))
			for i, q := range qs {
				is[i] = slash("ask", str("question", q))
			}
			b.ReportAllocs()
			for n := 0; n < b.N; n++ {
				r, _ := s.Respond(is[n%len(is)])
				if _, err := MarshalResponse(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
