package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"reportbot/bot"
	"reportbot/knowledge"
)

// command is one row of the command table.
type command struct {
	name    string // "" is what runs with no command
	args    string // the arguments after the flags, for usage: "FILE.jsonl"
	summary string
	// minArgs and maxArgs bound the arguments; maxArgs -1 is no bound.
	minArgs, maxArgs int
	needs            needs
	// setup declares the command's own flags on fl and returns what runs
	// the command once they are parsed.
	setup func(fl *flag.FlagSet) action
}

type action func(ctx context.Context, e *env, args []string) error

// needs is what a command needs set up before it runs, and so which of
// the shared flags it takes.
type needs int

const (
	needNothing needs = iota
	needConfig        // the config: takes -config
	needPack          // the config and the answer engine: takes -config and -pack
)

// env is what a command runs with.
type env struct {
	cfg    bot.Config        // with needConfig or more
	engine *knowledge.Engine // with needPack
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func noFlags(a action) func(*flag.FlagSet) action {
	return func(*flag.FlagSet) action { return a }
}

// usageError is a command line that does not say what to do; its message
// ends with the usage of the command it was meant for.
type usageError struct {
	err   error
	usage string
}

func (e *usageError) Error() string { return e.err.Error() + "\n\n" + e.usage }
func (e *usageError) Unwrap() error { return e.err }

// run is the whole program; main only adds the process around it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	table := commandTable()
	name, rest := splitCommand(table, args)
	if name == "help" {
		return help(table, rest, stdout)
	}
	c, ok := lookup(table, name)
	if !ok {
		return &usageError{fmt.Errorf("unknown command %q", name), programUsage(table)}
	}
	p := c.flagSet()
	positional, err := parseInterspersed(p.fl, rest)
	if errors.Is(err, flag.ErrHelp) {
		if c.name == "" {
			fmt.Fprint(stdout, programUsage(table))
		} else {
			fmt.Fprint(stdout, c.usage())
		}
		return nil
	}
	if err == nil {
		err = c.checkArgs(positional)
	}
	if err != nil {
		if c.name == "" {
			return &usageError{err, programUsage(table)}
		}
		return &usageError{err, c.usage()}
	}

	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if c.needs >= needConfig {
		if e.cfg, err = bot.LoadConfig(*p.config, os.Getenv); err != nil {
			return err
		}
	}
	if c.needs >= needPack {
		if *p.pack != "" {
			e.cfg.Answers.Pack = *p.pack
		}
		if e.engine, err = loadEngine(e.cfg.Answers.Pack, e.cfg.Answers.Threshold); err != nil {
			return err
		}
	}
	return p.run(ctx, e, positional)
}

func lookup(table []command, name string) (command, bool) {
	for _, c := range table {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// parsed is a command's flag set, ready to parse.
type parsed struct {
	fl           *flag.FlagSet
	config, pack *string
	run          action
}

func (c command) flagSet() parsed {
	fl := flag.NewFlagSet("reportbot "+c.name, flag.ContinueOnError)
	fl.SetOutput(io.Discard) // run reports errors, with the usage
	p := parsed{fl: fl, config: new(string), pack: new(string)}
	if c.needs >= needConfig {
		fl.StringVar(p.config, "config", "", "read settings from `FILE` (see config.example.toml); in the environment,\n"+strings.Join(bot.EnvVars(), ", ")+" override it")
	}
	if c.needs >= needPack {
		fl.StringVar(p.pack, "pack", "", "answer from the pack in `DIR` (report.txt and pack.toml) instead of the\nembedded report")
	}
	p.run = c.setup(fl)
	return p
}

// splitCommand finds the command among args: the first argument that is
// neither a flag nor a flag's value, so that flags may come before it.
// It returns the command's name ("" for none) and the other arguments.
func splitCommand(table []command, args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			return a, append(args[:i:i], args[i+1:]...)
		}
		if takesValue(table, a) {
			i++
		}
	}
	return "", args
}

// takesValue says whether the flag a (as "-pack", not "-pack=DIR") is one
// of any command's that takes the next argument as its value.
func takesValue(table []command, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, c := range table {
		if f := c.flagSet().fl.Lookup(name); f != nil {
			return !isBoolFlag(f)
		}
	}
	return false
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseInterspersed parses flags wherever they are among args (ask "who is
// cho" -pack DIR), and returns the other arguments. After "--" every
// argument is not a flag.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		rest := fl.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" && !(n > 1 && isValueFlag(fl, args[n-2])) {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// isValueFlag says whether a is a flag of fl that takes the next argument.
func isValueFlag(fl *flag.FlagSet, a string) bool {
	name := strings.TrimLeft(a, "-")
	if !strings.HasPrefix(a, "-") || strings.Contains(name, "=") {
		return false
	}
	f := fl.Lookup(name)
	return f != nil && !isBoolFlag(f)
}

func (c command) checkArgs(args []string) error {
	what := c.name
	if c.name == "" {
		what = "reportbot with no command"
	}
	switch {
	case len(args) < c.minArgs:
		return fmt.Errorf("%s needs %s", what, c.args)
	case c.maxArgs == 0 && len(args) > 0:
		return fmt.Errorf("%s takes no arguments, got %q", what, args)
	case c.maxArgs > 0 && len(args) > c.maxArgs:
		return fmt.Errorf("%s takes %s, got %d arguments %q", what, c.args, len(args), args)
	}
	return nil
}

// usage is the command's usage: its synopsis, summary and flags.
func (c command) usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, "usage: reportbot %s", c.name)
	fl := c.flagSet().fl
	hasFlags := false
	fl.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		b.WriteString(" [flags]")
	}
	if c.args != "" {
		b.WriteString(" " + c.args)
	}
	fmt.Fprintf(&b, "\n\n%s%s.\n", strings.ToUpper(c.summary[:1]), c.summary[1:])
	if hasFlags {
		b.WriteString("\nflags (before or after the command):\n")
		fl.SetOutput(&b)
		fl.PrintDefaults()
	}
	return b.String()
}

// programUsage lists the commands.
func programUsage(table []command) string {
	var b strings.Builder
	b.WriteString("usage: reportbot [command] [flags] [arguments]\n\ncommands:\n")
	line := func(synopsis, summary string) {
		fmt.Fprintf(&b, "  %-24s %s\n", synopsis, summary)
	}
	for _, c := range table {
		synopsis := strings.TrimSpace(c.name + " " + c.args)
		if c.name == "" {
			synopsis = "(none)"
		}
		line(synopsis, c.summary)
	}
	line("help [COMMAND]", "this list, or a command's flags")
	b.WriteString("\nFlags go before or after the command. -h after a command lists its flags.\n")
	return b.String()
}

// help prints the program's usage, or a command's.
func help(table []command, args []string, stdout io.Writer) error {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, programUsage(table))
		return nil
	case 1:
		if c, ok := lookup(table, args[0]); ok && c.name != "" {
			fmt.Fprint(stdout, c.usage())
			return nil
		}
		return &usageError{fmt.Errorf("unknown command %q", args[0]), programUsage(table)}
	}
	return &usageError{fmt.Errorf("help takes one command, got %q", args), programUsage(table)}
}
