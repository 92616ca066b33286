package bot

import (
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildReportbot builds the reportbot command into dir, or returns
// $REPORTBOT_BIN (to run these tests against another build).
func buildReportbot(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("REPORTBOT_BIN"); p != "" {
		return p
	}
	if testing.Short() {
		t.Skip("builds the reportbot binary; not in -short")
	}
	gobin, err := exec.LookPath("go") // go test puts its own first in PATH
	if err != nil {
		t.Skip("no go command to build the binary with")
	}
	bin := filepath.Join(t.TempDir(), "reportbot")
	cmd := exec.Command(gobin, "build", "-o", bin, "reportbot")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is the reportbot binary running against a fake Discord.
type process struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan error
	addr   string
}

func startProcess(t *testing.T, bin string, fake *fakeDiscord, grace int) *process {
	t.Helper()
	dir := t.TempDir()
	config := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(config, []byte("[limits]\nshutdown_seconds = "+strconv.Itoa(grace)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &process{stderr: &syncBuffer{}, done: make(chan error, 1), addr: freeAddr(t)}
	p.cmd = exec.Command(bin, "-config", config, "serve")
	p.cmd.Dir = dir // the default store, reportbot.db, goes here, not into the source tree
	p.cmd.Env = append(os.Environ(), "DISCORD_TOKEN="+testToken, "DISCORD_API_URL="+fake.url(), "REPORTBOT_HTTP_LISTEN="+p.addr)
	p.cmd.Stderr = p.stderr
	p.cmd.Stdout = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("reportbot's log:\n%s", p.stderr.String())
		}
		if strings.Contains(p.stderr.String(), testToken) {
			t.Error("the bot token is in the log")
		}
	})
	return p
}

// stop sends SIGTERM and returns how long the process took to exit and
// its exit code.
func (p *process) stop(t *testing.T, within time.Duration) (time.Duration, int) {
	t.Helper()
	start := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	return p.exit(t, start, within)
}

func (p *process) exit(t *testing.T, start time.Time, within time.Duration) (time.Duration, int) {
	t.Helper()
	select {
	case err := <-p.done:
		p.done <- err
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		}
		return time.Since(start), code
	case <-time.After(within):
		t.Fatalf("reportbot still running %v later", within)
		return 0, 0
	}
}

func (p *process) health() int {
	resp, err := http.Get("http://" + p.addr + "/healthz")
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// The real binary, against a fake Discord that misbehaves: SIGTERM ends
// it within [limits] shutdown_seconds whatever the gateway does, and a
// fatal close ends it with an error.
func TestBinaryAlwaysExits(t *testing.T) {
	bin := buildReportbot(t)
	const grace = 2

	t.Run("SIGTERM while the gateway never says HELLO", func(t *testing.T) {
		fake := newFakeDiscord(t)
		fake.scriptConns(&connFault{noHello: true})
		p := startProcess(t, bin, fake, grace)
		fake.nextDial(t, 10*time.Second)
		waitFor(t, 5*time.Second, "healthz answers", func() bool { return p.health() != 0 })
		if code := p.health(); code != 503 {
			t.Errorf("healthz = %d while the gateway hangs, want 503", code)
		}
		took, code := p.stop(t, 10*time.Second)
		t.Logf("exit %d after %v", code, took.Round(time.Millisecond))
		if took > grace*time.Second+500*time.Millisecond || code != 0 {
			t.Errorf("exit %d after %v, want 0 within the %d s grace", code, took, grace)
		}
	})

	t.Run("SIGTERM while replies are stuck", func(t *testing.T) {
		fake := newFakeDiscord(t)
		fake.onREST(slow(isMessage, time.Minute))
		p := startProcess(t, bin, fake, grace)
		fake.nextEvent(t, 2)
		waitFor(t, 5*time.Second, "healthy", func() bool { return p.health() == 200 })
		for i := 0; i < 3; i++ {
			fake.dispatch("MESSAGE_CREATE", message(snowflake(3500+i), "610000000000000001", "", snowflake(3600+i), "who is budanov?", false))
		}
		for i := 0; i < 3; i++ {
			fake.next(t) // the replies are on their way
		}
		took, code := p.stop(t, 10*time.Second)
		t.Logf("exit %d after %v", code, took.Round(time.Millisecond))
		if took > grace*time.Second+500*time.Millisecond || code != 0 {
			t.Errorf("exit %d after %v, want 0 within the %d s grace", code, took, grace)
		}
		if n := strings.Count(p.stderr.String(), "gave up replying to a message"); n != 3 {
			t.Errorf("%d replies logged as given up, want 3", n)
		}
	})

	t.Run("fatal close mid-session", func(t *testing.T) {
		fake := newFakeDiscord(t)
		p := startProcess(t, bin, fake, grace)
		fake.nextEvent(t, 2)
		waitFor(t, 5*time.Second, "healthy", func() bool { return p.health() == 200 })
		fake.scriptConns(&connFault{closeOnLogin: 4014})
		start := time.Now()
		fake.closeConn(4000)
		took, code := p.exit(t, start, 10*time.Second)
		t.Logf("exit %d after %v", code, took.Round(time.Millisecond))
		if log := p.stderr.String(); code == 0 || !strings.Contains(log, "4014") || !strings.Contains(log, "disallowed intents") {
			t.Errorf("exit %d; want an error naming 4014 and disallowed intents", code)
		}
	})
}
