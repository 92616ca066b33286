package bot

import (
	"errors"
	"net/http"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// closeAuthenticationFailed is the gateway's close code for a token it
// does not accept.
const closeAuthenticationFailed = 4004

// TokenRefusedError is Discord refusing the bot token: a REST call
// answered 401, or the gateway closed with 4004. Its message tells the
// operator what to do and never holds the token, nor Discord's reply.
type TokenRefusedError struct {
	why string // "HTTP 401 Unauthorized"
	err error
}

func (e *TokenRefusedError) Error() string {
	return "Discord refused the bot token (" + e.why + "). Reset it in the Developer Portal " +
		"(https://discord.com/developers/applications → your application → Bot → Reset Token), " +
		"then set DISCORD_TOKEN (or [discord] token) to the new one"
}

func (e *TokenRefusedError) Unwrap() error { return e.err }

// ExplainToken returns err as a *TokenRefusedError when it says that
// Discord refused the token, and unchanged otherwise.
func ExplainToken(err error) error {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
		return &TokenRefusedError{why: "HTTP " + rest.Response.Status, err: err}
	}
	var closed *websocket.CloseError
	var fatal *FatalCloseError
	if errors.As(err, &closed) && closed.Code == closeAuthenticationFailed ||
		errors.As(err, &fatal) && fatal.Code == closeAuthenticationFailed {
		return &TokenRefusedError{why: "the gateway closed with 4004, authentication failed", err: err}
	}
	return err
}
