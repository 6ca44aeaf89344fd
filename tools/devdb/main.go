// Command devdb runs FerretDB with its SQLite backend as a MongoDB-compatible
// server for development and tests, where no MongoDB binary is available.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free port)")
	dataDir := flag.String("data", "", "directory holding the SQLite databases (required)")
	logLevel := flag.String("log-level", "warn", "FerretDB log level: debug, info, warn or error")
	synchronous := flag.String("synchronous", "normal", "SQLite synchronous pragma: off, normal or full")
	flag.Parse()

	if *dataDir == "" {
		fail("devdb: -data is required")
	}
	if err := os.MkdirAll(*dataDir, 0o755); err != nil {
		fail("devdb: cannot create data directory: %v", err)
	}
	absData, err := filepath.Abs(*dataDir)
	if err != nil {
		fail("devdb: %v", err)
	}

	address, err := resolveListenAddress(*listen)
	if err != nil {
		fail("devdb: %v", err)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("devdb: bad -log-level: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	server, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: address},
		Logger:   logger,
		Handler:  "sqlite",
		// WAL with synchronous=normal skips an fsync per write: a development database
		// may lose its last writes on power loss, and in exchange each write is ~10x faster.
		SQLiteURL: "file:" + absData + "/?_pragma=synchronous(" + url.QueryEscape(*synchronous) + ")",
	})
	if err != nil {
		fail("devdb: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan error, 1)
	go func() { done <- server.Run(ctx) }()
	go maintainIDIndexes(ctx, absData, logger)

	// The parent process waits for this line before it connects.
	fmt.Printf("READY mongodb://%s/\n", address)

	if err := <-done; err != nil && ctx.Err() == nil {
		fail("devdb: %v", err)
	}
}

// resolveListenAddress turns port 0 into a concrete free port so the
// advertised URI is known before FerretDB starts listening.
func resolveListenAddress(listen string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("bad -listen %q: %w", listen, err)
	}
	if port != "0" {
		return listen, nil
	}
	probe, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", err
	}
	defer probe.Close()
	return probe.Addr().String(), nil
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}
