package bot

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitHealthy(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("never healthy: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestRun(t *testing.T) {
	sg := newSigner(t)
	tests := []struct {
		name    string
		gateway bool
	}{
		{"http only", false},
		{"gateway and http", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Limits.ShutdownSeconds = 1 // half of it drains the endpoint
			cfg.Store.URL = Secret(filepath.Join(t.TempDir(), "reportbot.db"))
			cfg.HTTP.Listen = freeAddr(t)
			cfg.Discord.PublicKey = hex.EncodeToString(sg.pub)
			var fake *fakeDiscord
			if tt.gateway {
				fake = newFakeDiscord(t)
				cfg.Discord.Token = testToken
				cfg.Discord.APIURL = fake.url()
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- Run(ctx, cfg, testCommands(t), slog.New(slog.NewTextHandler(io.Discard, nil))) }()
			base := "http://" + cfg.HTTP.Listen
			waitHealthy(t, base)
			if tt.gateway {
				fake.nextEvent(t, 2) // identified over the gateway too
			}

			req := sg.request([]byte(`{"id":"1","type":1,"token":"t","version":1}`), time.Now())
			req.RequestURI, req.URL.Scheme, req.URL.Host = "", "http", cfg.HTTP.Listen
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(body), `"type":1`) {
				t.Errorf("ping = %d %s, want PONG", resp.StatusCode, body)
			}
			resp, err = http.Get(base + "/metrics")
			if err != nil || resp.StatusCode != 200 {
				t.Errorf("metrics = %v %v", resp, err)
			} else {
				resp.Body.Close()
			}

			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v after cancel, want nil", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run did not stop")
			}
			if _, err := http.Get(base + "/healthz"); err == nil {
				t.Error("still serving after shutdown")
			}
		})
	}
}

// testConfig is DefaultConfig with the store in the test's own
// directory: the default, reportbot.db in the working directory, would be
// written into the package's source tree.
func testConfig(t *testing.T) Config {
	cfg := DefaultConfig()
	cfg.Store.URL = Secret(filepath.Join(t.TempDir(), "reportbot.db"))
	return cfg
}

func TestRunNeedsSomethingToServe(t *testing.T) {
	err := Run(context.Background(), testConfig(t), testCommands(t), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "nothing to serve") {
		t.Errorf("Run with no token and no listen = %v", err)
	}
}

func TestRunPortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cfg := testConfig(t)
	cfg.HTTP.Listen = ln.Addr().String()
	cfg.Discord.PublicKey = hex.EncodeToString(newSigner(t).pub)
	err = Run(context.Background(), cfg, testCommands(t), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "listen") {
		t.Errorf("Run on a taken port = %v, want a listen error", err)
	}
}
