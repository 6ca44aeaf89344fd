package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite"
)

// FerretDB 1.24's SQLite backend indexes _id as `_ferretdb_sjson->"_id"` but
// queries it as `_ferretdb_sjson->'$._id'`; SQLite only uses an expression index
// whose text matches the query, so every lookup by _id scans the whole table.
// This keeps an index with the queried expression on every collection table, so
// primary-key reads cost what they cost on MongoDB.
const idIndexSuffix = "_ferretdb_id_lookup"

func maintainIDIndexes(ctx context.Context, dataDir string, logger *slog.Logger) {
	ticker := time.NewTicker(200 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			files, _ := filepath.Glob(filepath.Join(dataDir, "*.sqlite"))
			for _, file := range files {
				if err := indexDatabase(ctx, file); err != nil {
					logger.Debug("id index maintenance skipped a database", "file", file, "error", err)
				}
			}
		}
	}
}

func indexDatabase(ctx context.Context, file string) error {
	if _, err := os.Stat(file); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+file+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return err
	}
	defer db.Close()

	rows, err := db.QueryContext(ctx, `SELECT t.name FROM sqlite_master t
		WHERE t.type = 'table' AND t.name NOT LIKE '\_ferretdb%' ESCAPE '\' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
		AND NOT EXISTS (SELECT 1 FROM sqlite_master i WHERE i.type = 'index' AND i.name = t.name || ?)`, idIndexSuffix)
	if err != nil {
		return err
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		tables = append(tables, name)
	}
	rows.Close()

	for _, table := range tables {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON %s (_ferretdb_sjson->'$._id')`,
			quoteIdentifier(table+idIndexSuffix), quoteIdentifier(table))
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

func quoteIdentifier(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
