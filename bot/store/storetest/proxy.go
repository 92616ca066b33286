package storetest

import (
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
)

// Proxy forwards TCP connections to a server, until told to go down: then
// it closes every connection and refuses new ones (Down) or accepts them
// and never answers (Hang), as a crashed server or a broken network does.
type Proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	mode  int // 0 up, 1 down, 2 hang
	conns map[net.Conn]bool
}

const (
	up = iota
	down
	hang
)

// NewProxy listens on 127.0.0.1 and forwards to target (host:port) until
// the test ends.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{ln: ln, target: target, conns: map[net.Conn]bool{}}
	go p.serve()
	t.Cleanup(func() { ln.Close(); p.set(down) })
	return p
}

// Via returns a postgres:// URL that goes through the proxy.
func (p *Proxy) Via(t testing.TB, pgURL string) string {
	u, err := url.Parse(pgURL)
	if err != nil {
		t.Fatal(err)
	}
	u.Host = p.ln.Addr().String()
	return u.String()
}

// Up forwards again; Down refuses; Hang accepts and stalls.
func (p *Proxy) Up()   { p.set(up) }
func (p *Proxy) Down() { p.set(down) }
func (p *Proxy) Hang() { p.set(hang) }

func (p *Proxy) set(mode int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	was := p.mode
	p.mode = mode
	if mode != up || was != up { // stalled connections go too
		for c := range p.conns {
			c.Close()
		}
		clear(p.conns)
	}
}

func (p *Proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		mode := p.mode
		if mode != down {
			p.conns[c] = true
		}
		p.mu.Unlock()
		switch mode {
		case down:
			c.Close()
		case hang: // held open, unread, until Up or Down closes it
		case up:
			go p.forward(c)
		}
	}
}

func (p *Proxy) forward(c net.Conn) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	if p.mode != up {
		p.mu.Unlock()
		c.Close()
		s.Close()
		return
	}
	p.conns[s] = true
	p.mu.Unlock()
	go func() { io.Copy(s, c); s.Close() }()
	io.Copy(c, s)
	c.Close()
}
