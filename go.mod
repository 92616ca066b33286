module reportbot

go 1.26.8

require (
	github.com/kljensen/snowball v0.10.0
	github.com/sahilm/fuzzy v0.1.3
	golang.org/x/text v0.44.0
)

require (
	github.com/bwmarrin/discordgo v0.29.0
	github.com/pelletier/go-toml/v2 v2.4.3
)

require (
	github.com/gorilla/websocket v1.4.2 // indirect
	golang.org/x/crypto v0.59.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/time v0.16.0 // indirect
)
