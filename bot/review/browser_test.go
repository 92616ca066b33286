package review

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// chromium finds Debian's chromium; .ci/run installs it. Without it the
// test fails in CI and is skipped elsewhere.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium on PATH: .ci/run installs it (apt-get install -y chromium)")
	}
	t.Skip("no chromium on PATH: apt-get install -y chromium to run the browser test")
	return ""
}

// A real headless browser loads the page with the token, as a curator's
// would, on a desktop and a phone: the chart's bars and the tables
// render, the script shows the copy buttons, and nothing overflows the
// phone's width.
func TestReviewInBrowser(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("the browser test is not short")
	}
	srv := serveReview(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // as root
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	for _, vp := range []struct {
		name          string
		width, height int64
	}{{"desktop", 1280, 900}, {"phone", 390, 844}} {
		t.Run(vp.name, func(t *testing.T) {
			ctx, cancel := chromedp.NewContext(actx)
			defer cancel()
			ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
			defer cancel()
			err := chromedp.Do(ctx,
				chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
					_, err := cdp.Call(ctx, tg, network.SetExtraHTTPHeaders,
						network.SetExtraHTTPHeadersParams{Headers: network.Headers{"Authorization": "Bearer " + token}})
					return err
				}),
				chromedp.EmulateViewport(vp.width, vp.height),
				chromedp.Navigate(srv.URL+"/review?since=7d"),
				chromedp.WaitVisible(`#chart`),
			)
			if err != nil {
				t.Fatal(err)
			}
			count := func(js string) int {
				t.Helper()
				n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
				if err != nil {
					t.Fatalf("%s: %v", js, err)
				}
				return n
			}
			bars := count(`document.querySelectorAll("#chart g.day").length`)
			answered := count(`[...document.querySelectorAll("#chart rect.answered")].filter(r => r.getBBox().height > 0).length`)
			declined := count(`[...document.querySelectorAll("#chart rect.declined")].filter(r => r.getBBox().height > 0).length`)
			groups := count(`document.querySelectorAll("#unanswered tbody tr").length`)
			disliked := count(`document.querySelectorAll("#disliked tbody tr").length`)
			dayRows := count(`document.querySelectorAll("#days tbody tr").length`)
			copyVisible := count(`[...document.querySelectorAll("button.copy")].filter(b => b.offsetParent !== null).length`)
			overflow := count(`document.documentElement.scrollWidth - window.innerWidth`) > 1
			title, err := chromedp.Run(ctx, chromedp.Title())
			if err != nil {
				t.Fatal(err)
			}
			shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			r := reviewOf(t, "sqlite")
			if bars != len(r.Days) || answered == 0 || declined == 0 {
				t.Errorf("chart: %d days drawn (want %d), %d answered and %d declined bars with height", bars, len(r.Days), answered, declined)
			}
			if groups != len(r.Unanswered) || disliked != len(r.Disliked) || dayRows != len(r.Days) {
				t.Errorf("tables: %d groups, %d disliked, %d days; want %d, %d, %d", groups, disliked, dayRows, len(r.Unanswered), len(r.Disliked), len(r.Days))
			}
			if copyVisible != len(r.Unanswered) {
				t.Errorf("%d copy buttons visible, want one per group (%d)", copyVisible, len(r.Unanswered))
			}
			if overflow {
				t.Errorf("the page is wider than the %dpx viewport", vp.width)
			}
			if title == "" {
				t.Error("no title")
			}
			if dir := os.Getenv("REPORTBOT_SCREENSHOTS"); dir != "" {
				os.WriteFile(filepath.Join(dir, "review-"+vp.name+".png"), shot, 0o644)
			}
		})
	}
}
