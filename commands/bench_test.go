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
