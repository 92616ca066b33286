// Command reportbot answers questions about one news report with short,
// cited answers: on Discord, or in a terminal when no token is set.
//
//	reportbot                  serve with a token, else chat
//	reportbot serve            answer on Discord
//	reportbot chat             terminal chat
//	reportbot sync-commands    register the slash commands, then exit
//	reportbot ask [QUESTION]   answer QUESTION, or each line of standard input
//	reportbot eval FILE.jsonl  score a question set
//	reportbot check            validate the pack
//	reportbot init REPORT DIR  make a pack for another report
//	reportbot review           what people asked, for the pack's curator
//	reportbot forget USER_ID   delete what was recorded about a user
//	reportbot version          the module version and VCS revision
//
// Flags go before or after the command; `reportbot help COMMAND` lists a
// command's flags.
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
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"reportbot/bot"
	"reportbot/commands"
	"reportbot/knowledge"
	"reportbot/knowledge/eval"
	"reportbot/knowledge/initpack"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reportbot:", err)
		if errors.As(err, new(*usageError)) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// commandTable is every command: its name, arguments and summary, what it
// needs set up, its own flags and what it runs, side by side. Usage, flag
// parsing and dispatch all come from it; a new command is a new row.
func commandTable() []command {
	return []command{
		{name: "", summary: "serve on Discord when a token is set, else chat in this terminal",
			needs: needPack, setup: noFlags(serveOrChat)},
		{name: "serve", summary: "answer on Discord: the gateway, the HTTP endpoint, or both",
			needs: needPack, setup: noFlags(serve)},
		{name: "chat", summary: "ask questions in this terminal",
			needs: needPack, setup: noFlags(chat)},
		{name: "sync-commands", summary: "register the slash commands with Discord and exit",
			needs: needPack, setup: noFlags(syncCommands)},
		{name: "ask", args: "[QUESTION...]", maxArgs: -1,
			summary: "answer QUESTION, or every line of standard input",
			needs:   needPack, setup: askFlags},
		{name: "eval", args: "FILE.jsonl", minArgs: 1, maxArgs: 1,
			summary: "answer a question set and print its score",
			needs:   needPack, setup: noFlags(evalFile)},
		{name: "check", summary: "validate the pack (and the config) and exit",
			needs: needPack, setup: noFlags(check)},
		{name: "init", args: "REPORT.txt DIR", minArgs: 2, maxArgs: 2,
			summary: "make a pack of another report in DIR that answers at once, to curate from there",
			setup:   initFlags},
		{name: "review", summary: "what people asked and thought, with suggested pack.toml edits",
			needs: needPack, setup: reviewFlags},
		{name: "forget", args: "USER_ID", minArgs: 1, maxArgs: 1,
			summary: "delete everything recorded about a Discord user",
			needs:   needConfig, setup: noFlags(forget)},
		{name: "version", summary: "print the version and the revision it was built from",
			setup: noFlags(version)},
	}
}

func loadEngine(dir string, threshold float64) (*knowledge.Engine, error) {
	name := "embedded pack"
	if dir != "" {
		name = dir
	}
	p, err := knowledge.Load(packFS(dir))
	if err != nil {
		return nil, fmt.Errorf("load pack %s: %w", name, err)
	}
	return knowledge.NewEngine(p, knowledge.WithThreshold(threshold)), nil
}

// packFS is the pack's files: the directory, or the embedded pack.
func packFS(dir string) fs.FS {
	if dir != "" {
		return os.DirFS(dir)
	}
	return knowledge.Embedded()
}

func commandSet(cfg bot.Config, engine *knowledge.Engine) *commands.Set {
	return commands.New(engine, commands.Options{Private: cfg.Answers.Private, MaxQuestion: cfg.Answers.MaxQuestion, Feedback: cfg.Store.Enabled})
}

// serveOrChat is what running with no command does: serve when there is
// something to serve, else the terminal chat.
func serveOrChat(ctx context.Context, e *env, args []string) error {
	if e.cfg.Discord.Token != "" || (e.cfg.HTTP.Listen != "" && e.cfg.Discord.PublicKey != "") {
		return serve(ctx, e, args)
	}
	return chat(ctx, e, args)
}

// serve answers on Discord until ctx is done: over the gateway, the HTTP
// interactions endpoint, or both, as the config says. A pack from a
// directory is loaded again on SIGHUP.
func serve(ctx context.Context, e *env, _ []string) error {
	log := e.cfg.NewLogger(e.stderr)
	version, err := bot.PackVersion(packFS(e.cfg.Answers.Pack))
	if err != nil {
		return err
	}
	log.Info("starting", "pack", e.engine.Pack().Title, "version", version, "entries", len(e.engine.Pack().Entries), "api", e.cfg.Discord.APIURL)
	opts := []bot.Option{bot.WithPack(version)}
	if dir := e.cfg.Answers.Pack; dir != "" {
		opts = append(opts, bot.WithReload(func() (*commands.Set, string, error) {
			engine, err := loadEngine(dir, e.cfg.Answers.Threshold)
			if err != nil {
				return nil, "", err
			}
			v, err := bot.PackVersion(packFS(dir))
			return commandSet(e.cfg, engine), v, err
		}))
	}
	return bot.ExplainToken(bot.Run(ctx, e.cfg, commandSet(e.cfg, e.engine), log, opts...))
}

func reviewFlags(fl *flag.FlagSet) action {
	since := fl.String("since", "7d", "how far back: days (7d), hours (36h) or a date (2006-01-02)")
	asJSON := fl.Bool("json", false, "print one JSON object")
	return func(ctx context.Context, e *env, _ []string) error {
		return bot.Review(ctx, e.cfg.Store, e.engine.Pack(), *since, *asJSON, e.stdout)
	}
}

func forget(ctx context.Context, e *env, args []string) error {
	return bot.Forget(ctx, e.cfg.Store, args[0], e.stdout)
}

// syncCommands registers the command set with Discord and exits: it is run
// when the commands change, not at every start.
func syncCommands(ctx context.Context, e *env, _ []string) error {
	s, err := bot.NewSession(e.cfg.Discord)
	if err != nil {
		return err
	}
	defs := commandSet(e.cfg, e.engine).Definitions()
	done, err := bot.SyncCommands(ctx, s, defs, e.cfg.Discord.GuildIDs)
	for _, d := range done {
		fmt.Fprintf(e.stdout, "registered %d commands: %s\n", len(defs), d)
	}
	return bot.ExplainToken(err)
}

func askFlags(fl *flag.FlagSet) action {
	asJSON := fl.Bool("json", false, "write each answer as one JSON object on one line")
	explain := fl.Bool("explain", false, "also show how the engine ranked the entries: after the answer, or as the JSON field \"explain\"")
	return func(_ context.Context, e *env, args []string) error {
		return ask(e, args, *asJSON, *explain)
	}
}

// jsonAnswer is an answer as ask --json writes it; with --explain, the
// explanation is a field of the same object, so each line stays one object.
type jsonAnswer struct {
	knowledge.Answer
	Explain string `json:"explain,omitempty"`
}

// ask answers the question given, or else each line of standard input,
// flushing after every answer so another program can converse with it. A
// line that is a JSON object {"conversation": ID, "question": TEXT} is a
// turn of that conversation: its earlier turns are its context. Any other
// line is a conversation of its own.
func ask(e *env, qs []string, asJSON, explain bool) error {
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	mem := bot.NewMemory(e.cfg.Answers.MaxConversations, e.cfg.Answers.ContextTime(), time.Now)
	answer := func(line string) error {
		q, id, bad := readTurn(line)
		var a knowledge.Answer
		why := ""
		if bad != "" {
			a = commands.Refusal(e.engine, line, bad)
		} else {
			c := mem.Get(id)
			if explain {
				why = e.engine.ExplainIn(c, q)
			}
			a, c = commands.LimitedAnswerIn(e.engine, c, q, e.cfg.Answers.MaxQuestion)
			if id != "" {
				mem.Put(id, c)
			}
		}
		if asJSON {
			b, err := json.Marshal(jsonAnswer{Answer: a, Explain: why})
			if err != nil {
				return err
			}
			w.Write(append(b, '\n'))
		} else {
			w.WriteString(why)
			w.WriteString(commands.PlainText(a) + "\n")
		}
		return w.Flush()
	}
	if len(qs) > 0 {
		return answer(strings.Join(qs, " "))
	}
	// Every line gets exactly one answer, however long or empty it is.
	r := bufio.NewReader(e.stdin)
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

// readTurn reads a line of ask's input: a question, or a JSON object
// {"conversation": ID, "question": TEXT} that is a turn of conversation ID
// (a string or a number). bad says what is wrong with an object that is
// not such a turn.
func readTurn(line string) (question, conversation, bad string) {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "{") || !strings.HasSuffix(t, "}") {
		return line, "", ""
	}
	var turn struct {
		Conversation json.RawMessage `json:"conversation"`
		Question     *string         `json:"question"`
	}
	if err := json.Unmarshal([]byte(t), &turn); err != nil {
		return line, "", "" // braces around a question, not JSON
	}
	if turn.Question == nil {
		return line, "", `a JSON line must have a "question" (and may have a "conversation")`
	}
	var id any
	if len(turn.Conversation) > 0 && json.Unmarshal(turn.Conversation, &id) == nil {
		switch v := id.(type) {
		case string:
			conversation = "s:" + v
		case float64:
			conversation = "s:" + strconv.FormatFloat(v, 'f', -1, 64)
		case nil:
		default:
			return line, "", `"conversation" must be a string or a number`
		}
	}
	return *turn.Question, conversation, ""
}

func evalFile(_ context.Context, e *env, args []string) error {
	path := args[0]
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	items, err := eval.ReadSet(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	r := eval.Evaluate(e.engine, items)
	for _, fl := range r.Failures {
		fmt.Fprintf(e.stdout, "FAIL %s [%s] %s\n     -> %.160s\n", fl.ID, fl.Why, fl.Question, fl.Answer)
	}
	_, err = r.WriteTo(e.stdout)
	return err
}

func check(_ context.Context, e *env, _ []string) error {
	p := e.engine.Pack()
	fmt.Fprintf(e.stdout, "pack ok: %d paragraphs, %d entries, %d synonym groups, source %s\n",
		len(p.Paragraphs), len(p.Entries), len(p.Synonyms), p.Source)
	if n := p.Uncited(); len(n) == 1 {
		fmt.Fprintf(e.stdout, "no entry cites %s: answered from its sentences only\n", paragraphList(n))
	} else if len(n) > 1 {
		fmt.Fprintf(e.stdout, "no entry cites %s: answered from their sentences only\n", paragraphList(n))
	}
	return nil
}

// paragraphList names paragraphs: "paragraph 3", "paragraphs 2, 5 and 7".
func paragraphList(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	if len(s) == 1 {
		return "paragraph " + s[0]
	}
	return "paragraphs " + strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

func initFlags(fl *flag.FlagSet) action {
	var opts initpack.Options
	fl.StringVar(&opts.Title, "title", "", "the report's `TITLE` (default: its headline, else the start of its first\nsentence)")
	fl.StringVar(&opts.Source, "source", "", "the `NAME` of the report's source, for a report without an\n\"Original Source:\" line")
	fl.BoolVar(&opts.Force, "force", false, "overwrite the pack already in DIR")
	return func(_ context.Context, e *env, args []string) error {
		return initPack(e, args[0], args[1], opts)
	}
}

// initPack writes a pack for the report at path in dir, and says what to
// do next.
func initPack(e *env, path, dir string, opts initpack.Options) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	opts.From = filepath.Base(path)
	r, err := initpack.Write(string(raw), dir, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	p := r.Pack
	n := 0
	for _, para := range p.Paragraphs {
		n += len(knowledge.Sentences(para))
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d paragraphs, %d sentences, source %s\n", r.Report, len(p.Paragraphs), n, p.Source)
	fmt.Fprintf(e.stdout, "wrote %s: %d entries, %d synonym groups; what to curate first is at its top\n", r.PackTOML, len(p.Entries), len(p.Synonyms))
	fmt.Fprintf(e.stdout, "\nIt answers from the report's sentences now:\n  reportbot ask -pack %s \"a question\"\n  reportbot chat -pack %s\n", dir, dir)
	fmt.Fprintf(e.stdout, "Check that report.txt has the paragraphs you meant; docs/pack.md is the curator's guide.\n")
	return nil
}

func version(_ context.Context, e *env, _ []string) error {
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(info))
	return nil
}

// versionLine says which code this is: the module's version and the
// revision it was built from, as the go command recorded them.
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "reportbot: no build information (built without module support)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	vcs := map[string]string{}
	for _, s := range info.Settings {
		vcs[s.Key] = s.Value
	}
	s := "reportbot " + v
	if rev := vcs["vcs.revision"]; rev != "" {
		s += ", revision " + rev
		if vcs["vcs.modified"] == "true" {
			s += " with uncommitted changes"
		}
		if t := vcs["vcs.time"]; t != "" {
			s += ", committed " + t
		}
	} else {
		s += ", revision unknown (go build in a git checkout records it)"
	}
	return s + ", " + info.GoVersion
}
