// Command reportbot answers questions about one news report with short,
// cited answers: on Discord, or in a terminal when no token is set.
//
//	reportbot [serve]           answer on Discord (the default with a token)
//	reportbot chat              terminal chat (the default with no token)
//	reportbot sync-commands     register the slash commands, then exit
//	reportbot ask [--json] [Q]  answer Q, or each line of standard input
//	reportbot eval FILE.jsonl   score a question set
//	reportbot check             validate the pack
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"reportbot/bot"
	"reportbot/commands"
	"reportbot/knowledge"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "reportbot:", err)
		}
		os.Exit(2)
	}
}

const usage = `usage: reportbot [command] [flags] [args]

commands:
  serve                answer on Discord (default when a token is set)
  chat                 ask questions in this terminal (default without one)
  sync-commands        register the slash commands with Discord and exit
  ask [--json] [--explain] [Q]
                       answer Q, or every line of standard input
  eval FILE.jsonl      answer a question set and print its score
  check                validate the pack and exit

flags (every command):
  -config FILE         read settings from FILE (see config.example.toml);
                       DISCORD_TOKEN and DISCORD_API_URL override it
  -pack DIR            answer from the pack in DIR (report.txt, pack.toml)
                       instead of the embedded one
`

// run is the whole program; main only adds the process around it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cmd := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	fl := flag.NewFlagSet("reportbot "+cmd, flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() { fmt.Fprint(stderr, usage) }
	configFile := fl.String("config", "", "config file (default: none; defaults and environment)")
	packDir := fl.String("pack", "", "pack directory (default: the embedded report)")
	asJSON := fl.Bool("json", false, "ask: one JSON object per question")
	explain := fl.Bool("explain", false, "ask: show how the engine ranked the entries")
	if err := fl.Parse(args); err != nil {
		return err
	}
	cfg, err := bot.LoadConfig(*configFile, os.Getenv)
	if err != nil {
		return err
	}
	if *packDir != "" {
		cfg.Answers.Pack = *packDir
	}
	if cmd == "" {
		cmd = "chat"
		if cfg.Discord.Token != "" || (cfg.HTTP.Listen != "" && cfg.Discord.PublicKey != "") {
			cmd = "serve"
		}
	}
	engine, err := loadEngine(cfg.Answers.Pack, cfg.Answers.Threshold)
	if err != nil {
		return err
	}
	switch cmd {
	case "serve":
		return serve(ctx, cfg, engine, stderr)
	case "sync-commands":
		return syncCommands(ctx, cfg, engine, stdout)
	case "chat":
		return chat(ctx, engine, stdin, stdout)
	case "ask":
		return ask(engine, fl.Args(), *asJSON, *explain, stdin, stdout)
	case "eval":
		if fl.NArg() != 1 {
			return fmt.Errorf("eval takes one question file, got %d arguments", fl.NArg())
		}
		return evalFile(engine, fl.Arg(0), stdout)
	case "check":
		p := engine.Pack()
		fmt.Fprintf(stdout, "pack ok: %d paragraphs, %d entries, %d synonym groups, source %s\n",
			len(p.Paragraphs), len(p.Entries), len(p.Synonyms), p.Source)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
}

func loadEngine(dir string, threshold float64) (*knowledge.Engine, error) {
	var fsys fs.FS = knowledge.Embedded()
	name := "embedded pack"
	if dir != "" {
		fsys, name = os.DirFS(dir), dir
	}
	p, err := knowledge.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("load pack %s: %w", name, err)
	}
	return knowledge.NewEngine(p, knowledge.WithThreshold(threshold)), nil
}

func commandSet(cfg bot.Config, engine *knowledge.Engine) *commands.Set {
	return commands.New(engine, commands.Options{Private: cfg.Answers.Private, MaxQuestion: cfg.Answers.MaxQuestion})
}

// serve answers on Discord until ctx is done: over the gateway, the HTTP
// interactions endpoint, or both, as the config says.
func serve(ctx context.Context, cfg bot.Config, engine *knowledge.Engine, stderr io.Writer) error {
	log := cfg.NewLogger(stderr)
	log.Info("starting", "pack", engine.Pack().Title, "entries", len(engine.Pack().Entries), "api", cfg.Discord.APIURL)
	return bot.Run(ctx, cfg, commandSet(cfg, engine), log)
}

// syncCommands registers the command set with Discord and exits: it is run
// when the commands change, not at every start.
func syncCommands(ctx context.Context, cfg bot.Config, engine *knowledge.Engine, stdout io.Writer) error {
	s, err := bot.NewSession(cfg.Discord)
	if err != nil {
		return err
	}
	defs := commandSet(cfg, engine).Definitions()
	done, err := bot.SyncCommands(ctx, s, defs, cfg.Discord.GuildIDs)
	for _, d := range done {
		fmt.Fprintf(stdout, "registered %d commands: %s\n", len(defs), d)
	}
	return err
}

// ask answers the questions given, or else each line of standard input,
// flushing after every answer so another program can converse with it.
func ask(engine *knowledge.Engine, qs []string, asJSON, explain bool, stdin io.Reader, stdout io.Writer) error {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	answer := func(q string) error {
		a := engine.Answer(q)
		if explain {
			w.WriteString(engine.Explain(q))
		}
		if asJSON {
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			w.Write(append(b, '\n'))
		} else {
			w.WriteString(commands.PlainText(a) + "\n")
		}
		return w.Flush()
	}
	if len(qs) > 0 {
		return answer(strings.Join(qs, " "))
	}
	// Every line gets exactly one answer, however long or empty it is.
	r := bufio.NewReader(stdin)
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			if aerr := answer(strings.TrimRight(line, "\r\n")); aerr != nil {
				return aerr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read questions: %w", err)
		}
	}
}

func evalFile(engine *knowledge.Engine, path string, stdout io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	items, err := knowledge.ReadEvalSet(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	r := knowledge.Evaluate(engine, items)
	for _, fl := range r.Failures {
		fmt.Fprintf(stdout, "FAIL %s [%s] %s\n     -> %.160s\n", fl.ID, fl.Why, fl.Question, fl.Answer)
	}
	_, err = r.WriteTo(stdout)
	return err
}

// chat is a terminal conversation with the same answers as on Discord.
func chat(ctx context.Context, engine *knowledge.Engine, stdin io.Reader, stdout io.Writer) error {
	fmt.Fprintf(stdout, "Ask me about the report (%s). Ctrl-D to quit.\n\n", engine.Pack().Source)
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	var last knowledge.Answer // its related questions are numbered
	for {
		fmt.Fprint(stdout, "> ")
		select {
		case <-ctx.Done():
			fmt.Fprintln(stdout)
			return nil
		case line, ok := <-lines:
			if !ok {
				fmt.Fprintln(stdout)
				return nil
			}
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			a := engine.Answer(line)
			if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(last.RelatedIDs) {
				a, _ = engine.AnswerEntry(last.RelatedIDs[n-1])
			}
			last = a
			fmt.Fprintln(stdout, commands.PlainText(a))
		}
	}
}
