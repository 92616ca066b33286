// Package commands holds the bot's slash commands, each definition beside
// its handler, and renders answers for Discord (and, as plain text, for a
// terminal). Handlers return responses; they never send: the bot package
// does the talking, so the same handlers serve the gateway and HTTP.
package commands
