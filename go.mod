module reportbot

go 1.26.8

require (
	github.com/kljensen/snowball v0.10.0
	github.com/sahilm/fuzzy v0.1.3
	golang.org/x/text v0.44.0
)

require github.com/pelletier/go-toml/v2 v2.4.3
