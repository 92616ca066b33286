package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"reportbot/bot"
	"reportbot/commands"
	"reportbot/knowledge"
)

// defaultWidth is the width answers are wrapped at when the terminal's is
// unknown (output to a pipe or a file).
const defaultWidth = 80

// chat is a terminal conversation with the same answers as on Discord:
// one conversation, whose context is kept as long as on Discord. On a
// terminal, lines are edited and recalled as at a shell prompt (arrow
// keys, history: golang.org/x/term), and answers wrap at its width.
func chat(ctx context.Context, e *env, _ []string) error {
	out, width := e.stdout, defaultWidth
	var readLine func() (string, error)
	if t, restore, w, ok := openTerminal(e.stdin, e.stdout); ok {
		defer restore()
		out, width, readLine = t, w, t.ReadLine
	} else {
		sc := bufio.NewScanner(e.stdin)
		sc.Buffer(nil, 1<<20) // a long paste gets the length notice, not an end
		readLine = func() (string, error) {
			fmt.Fprint(out, "> ")
			if sc.Scan() {
				return sc.Text(), nil
			}
			if err := sc.Err(); err != nil {
				return "", err
			}
			return "", io.EOF
		}
	}
	fmt.Fprintf(out, "Ask me about the report (%s). Ctrl-D to quit.\n\n", e.engine.Pack().Source)
	type read struct {
		line string
		err  error
	}
	lines := make(chan read)
	next := make(chan struct{}, 1)
	go func() {
		defer close(lines)
		for range next {
			l, err := readLine()
			lines <- read{l, err}
			if err != nil {
				return
			}
		}
	}()
	mem := bot.NewMemory(1, e.cfg.Answers.ContextTime(), time.Now)
	var last knowledge.Answer // its related questions are numbered
	for {
		next <- struct{}{}
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return nil
		case r, ok := <-lines:
			if !ok || r.err == io.EOF {
				fmt.Fprintln(out)
				return nil
			}
			if r.err != nil {
				return fmt.Errorf("read: %w", r.err)
			}
			line := strings.TrimSpace(r.line)
			if line == "" {
				continue
			}
			var a knowledge.Answer
			if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(last.RelatedIDs) {
				a, _ = e.engine.AnswerEntry(last.RelatedIDs[n-1])
			} else {
				c := mem.Get("chat")
				if e.cfg.Answers.ContextMinutes == 0 {
					c = knowledge.Conversation{}
				}
				a, c = commands.LimitedAnswerIn(e.engine, c, line, e.cfg.Answers.MaxQuestion)
				mem.Put("chat", c)
			}
			last = a
			fmt.Fprintln(out, commands.Wrap(commands.PlainText(a), width))
		}
	}
}

// openTerminal puts a terminal on stdin and stdout, when both are one, in
// raw mode for line editing; restore puts it back.
func openTerminal(stdin io.Reader, stdout io.Writer) (t *term.Terminal, restore func(), width int, ok bool) {
	in, ok1 := stdin.(*os.File)
	out, ok2 := stdout.(*os.File)
	if !ok1 || !ok2 || !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return nil, nil, 0, false
	}
	state, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return nil, nil, 0, false
	}
	t = term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{in, out}, "> ")
	width = defaultWidth
	if w, h, err := term.GetSize(int(out.Fd())); err == nil && w > 0 {
		width = w
		t.SetSize(w, h)
	}
	return t, func() { term.Restore(int(in.Fd()), state) }, width, true
}
