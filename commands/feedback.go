package commands

import (
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/google/uuid"

	"reportbot/knowledge"
)

// Vote is a 👍 or 👎 pressed under an answer, for the bot to record.
type Vote struct {
	ID      uuid.UUID // the record voted on
	Helpful bool
}

const thanks = "Thanks: this helps us improve the answers."

// feedbackRow is 👍 and 👎 under an answer or a decline, each carrying the
// record's id; nothing for a greeting, for nonsense, or with no id.
func feedbackRow(a knowledge.Answer, id uuid.UUID) []discordgo.MessageComponent {
	if id == uuid.Nil || (a.Outcome != knowledge.Answered && a.Outcome != knowledge.Declined) {
		return nil
	}
	prefix := votePrefix + ":" + id.String() + ":"
	return rows(
		button("👍", prefix+"up", discordgo.SecondaryButton),
		button("👎", prefix+"down", discordgo.SecondaryButton),
	)
}

// pressVote takes a vote, privately: the thanks go to the voter alone, and
// pressing again (or the other button) changes the vote.
func pressVote(s *Set, i *discordgo.Interaction, arg string) (*discordgo.InteractionResponse, Result) {
	idText, dir, _ := strings.Cut(arg, ":")
	id, err := uuid.Parse(idText)
	if err != nil || id.Version() != 7 || (dir != "up" && dir != "down") {
		return Notice("That button is broken. Ask again with /ask."), Result{Kind: ResultRejected}
	}
	return Notice(thanks), Result{Kind: ResultOther, Vote: &Vote{ID: id, Helpful: dir == "up"}}
}
