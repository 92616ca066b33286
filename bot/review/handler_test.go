package review

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"reportbot/bot/store"
	"reportbot/bot/store/storetest"
)

const token = "review-token-for-tests-0123456789"

// serveReview serves the review of the recorded set, as of the set's end.
func serveReview(t *testing.T) *httptest.Server {
	t.Helper()
	set := testSet(t)
	url := storetest.URL(t, storetest.SQLite)
	recordSet(t, set, url)
	d, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	h := Handler(HandlerOptions{Token: token, Source: d, Pack: set.Pack, Now: func() time.Time { return end }})
	mux := http.NewServeMux()
	mux.Handle("GET /review", h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestNoTokenNoPage(t *testing.T) {
	if h := Handler(HandlerOptions{}); h != nil {
		t.Error("Handler with no token returned a handler")
	}
}

func TestReviewAuth(t *testing.T) {
	srv := serveReview(t)
	page, err := os.ReadFile(filepath.Join("testdata", "review.html"))
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile(filepath.Join("testdata", "review.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		query  string
		auth   func(r *http.Request)
		status int
		body   []byte // the whole body, when not nil
	}{
		{"no token", "", func(*http.Request) {}, 401, nil},
		{"wrong bearer", "", func(r *http.Request) { r.Header.Set("Authorization", "Bearer wrong-token-0123456789") }, 401, nil},
		{"token as a prefix", "", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token[:10]) }, 401, nil},
		{"wrong basic password", "", func(r *http.Request) { r.SetBasicAuth("curator", "nope") }, 401, nil},
		{"token as the basic user name", "", func(r *http.Request) { r.SetBasicAuth(token, "") }, 401, nil},
		{"empty bearer", "", func(r *http.Request) { r.Header.Set("Authorization", "Bearer ") }, 401, nil},
		{"right bearer", "", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }, 200, page},
		{"right basic", "", func(r *http.Request) { r.SetBasicAuth("curator", token) }, 200, page},
		{"json", "?since=7d&format=json", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }, 200, js},
		{"bad since", "?since=last-tuesday", func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }, 400, nil},
		{"bad since, no token", "?since=last-tuesday", func(*http.Request) {}, 401, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+"/review"+tt.query, nil)
			tt.auth(req)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %.200s", resp.StatusCode, tt.status, body)
			}
			if tt.status == 401 {
				if resp.Header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate: a browser would not ask for the token")
				}
				if string(body) == string(page) || len(body) > 200 {
					t.Errorf("401 body gives away the review: %.200s", body)
				}
			}
			if tt.body != nil && string(body) != string(tt.body) {
				t.Errorf("body differs from the golden file:\n%.500s", body)
			}
			if got := resp.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q, want no-store", got)
			}
		})
	}
}
