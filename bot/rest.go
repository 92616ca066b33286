package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/bwmarrin/discordgo"
)

// restSender sends the bot's answers over Discord's REST API. It replaces
// discordgo's InteractionRespond and ChannelMessageSendComplex, which hold
// a per-route lock for the whole request (one slow reply in a channel
// holds up the next) and keep one rate-limit bucket per interaction token
// for ever (see docs/discordgo.md). Waiting and retrying is the
// transport's job.
type restSender struct {
	client *http.Client
	auth   string // "Bot <token>"
	agent  string
}

func newRESTSender(s *discordgo.Session) *restSender {
	return &restSender{client: s.Client, auth: s.Token, agent: s.UserAgent}
}

// discordError is a reply from Discord other than a success.
type discordError struct {
	Route   string
	Status  int
	Code    int    // Discord's JSON error code, 0 when none
	Message string // Discord's message, or a note on the body
}

func (e *discordError) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("%s: HTTP %d, Discord error %d: %s", e.Route, e.Status, e.Code, e.Message)
	}
	return fmt.Sprintf("%s: HTTP %d: %s", e.Route, e.Status, e.Message)
}

func (r *restSender) respond(ctx context.Context, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	return r.post(ctx, discordgo.EndpointInteractionResponse(i.ID, i.Token), resp)
}

// reply posts m in channelID. The nonce (the question's id) makes Discord
// create the message once however often a reset makes us send it.
func (r *restSender) reply(ctx context.Context, channelID string, m *discordgo.MessageSend, nonce string) error {
	body := struct {
		*discordgo.MessageSend
		Nonce        string `json:"nonce,omitempty"`
		EnforceNonce bool   `json:"enforce_nonce,omitempty"`
	}{m, nonce, nonce != ""}
	if nonce != "" {
		ctx = repeatable(ctx)
	}
	return r.post(ctx, discordgo.EndpointChannelMessages(channelID), body)
}

func (r *restSender) post(ctx context.Context, endpoint string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return cleanErr(err)
	}
	req.Header.Set("Authorization", r.auth)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", r.agent)
	resp, err := r.client.Do(req)
	if err != nil {
		return cleanErr(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("%s: read reply: %w", routeLabel(req.Method, req.URL.Path), err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	e := &discordError{Route: routeLabel(req.Method, req.URL.Path), Status: resp.StatusCode}
	var msg discordgo.APIErrorMessage
	if json.Unmarshal(raw, &msg) == nil && (msg.Code != 0 || msg.Message != "") {
		e.Code, e.Message = msg.Code, msg.Message
	} else {
		e.Message = fmt.Sprintf("a %d-byte %s body", len(raw), contentType(resp))
	}
	return e
}

func contentType(resp *http.Response) string {
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		return ct
	}
	return "untyped"
}
