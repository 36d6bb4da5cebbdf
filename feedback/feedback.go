// Package feedback keeps the answers people voted on, and their votes, so
// that an operator can review what was voted down and turn it into
// evaluation questions.
//
// The store is one SQLite file in a data folder, opened through the pure-Go
// driver modernc.org/sqlite: there is no server to run. It is written in
// write-ahead-log mode with full synchronisation, so a committed vote
// survives a crash of the process or the machine. Every answer is kept with
// its question, text, citations and trace; a vote names the answer and a
// hash of the voter's id (one vote per person per answer; voting again
// replaces it). Callers log a failed write (a full disk, a read-only
// folder) and carry on: the answer itself has already been given.
package feedback

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"casebot/answer"
)

// FileName is the database's name in the data folder.
const FileName = "feedback.db"

// Votes.
const (
	Up   = "up"
	Down = "down"
)

// Record is one answer as it was given.
type Record struct {
	// ID identifies the answer (the bot puts it in its buttons).
	ID string `json:"id"`
	// Time is when the answer was given.
	Time time.Time `json:"time"`
	// Source says where it was asked: "slash", "mention", "thread", "dm", "cli".
	Source string `json:"source"`
	// CorpusVersion is the corpus the answer came from.
	CorpusVersion string `json:"corpus_version,omitempty"`
	// Answer is the answer, with its citations and trace.
	Answer answer.Answer `json:"answer"`
}

// Entry is an answer with the votes it got.
type Entry struct {
	Record
	// Stored is false when votes name an answer that was never stored
	// (its write failed): only the id and the votes are known.
	Stored bool `json:"stored"`
	// Up and Down count the votes.
	Up   int `json:"up"`
	Down int `json:"down"`
	// LastVote is when the latest vote was cast.
	LastVote time.Time `json:"last_vote"`
}

// Store is the feedback database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

const schema = `
CREATE TABLE IF NOT EXISTS answers (
	id             TEXT PRIMARY KEY,
	created        TEXT NOT NULL,
	source         TEXT NOT NULL,
	corpus_version TEXT NOT NULL DEFAULT '',
	question       TEXT NOT NULL,
	answer         TEXT NOT NULL,
	body           TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS votes (
	answer_id TEXT NOT NULL,
	voter     TEXT NOT NULL,
	vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
	updated   TEXT NOT NULL,
	PRIMARY KEY (answer_id, voter)
);
CREATE INDEX IF NOT EXISTS votes_by_answer ON votes(answer_id);
`

// Open opens (creating if needed) the store in dir.
func Open(ctx context.Context, dir string) (*Store, error) {
	if strings.TrimSpace(dir) == "" {
		return nil, errors.New("feedback: no data folder")
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("feedback: creating the data folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(FULL)", "busy_timeout(5000)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("feedback: opening %s: %w", path, err)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("feedback: preparing %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SaveAnswer stores an answer; storing the same id again changes nothing.
func (s *Store) SaveAnswer(ctx context.Context, r Record) error {
	if r.ID == "" {
		return errors.New("feedback: an answer without an id")
	}
	body, err := json.Marshal(r.Answer)
	if err != nil {
		return fmt.Errorf("feedback: encoding answer %s: %w", r.ID, err)
	}
	if r.Time.IsZero() {
		r.Time = time.Now()
	}
	_, err = s.db.ExecContext(ctx, `INSERT OR IGNORE INTO answers (id, created, source, corpus_version, question, answer, body)
		VALUES (?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.Time.UTC().Format(time.RFC3339Nano), r.Source, r.CorpusVersion, r.Answer.Question, r.Answer.Answer, string(body))
	if err != nil {
		return fmt.Errorf("feedback: storing answer %s in %s: %w", r.ID, s.path, err)
	}
	return nil
}

// HashVoter turns a user id into the opaque key votes are kept under.
func HashVoter(userID string) string {
	sum := sha256.Sum256([]byte("casebot-voter:" + userID))
	return hex.EncodeToString(sum[:12])
}

// Vote records a vote ("up" or "down") on an answer by a voter (see
// HashVoter); a later vote of the same voter replaces it.
func (s *Store) Vote(ctx context.Context, answerID, voter, vote string, at time.Time) error {
	if vote != Up && vote != Down {
		return fmt.Errorf("feedback: vote %q: use up or down", vote)
	}
	if answerID == "" || voter == "" {
		return errors.New("feedback: a vote needs an answer and a voter")
	}
	if at.IsZero() {
		at = time.Now()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO votes (answer_id, voter, vote, updated) VALUES (?, ?, ?, ?)
		ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote, updated = excluded.updated`,
		answerID, voter, vote, at.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("feedback: storing a vote on %s in %s: %w", answerID, s.path, err)
	}
	return nil
}

// Answer returns a stored answer.
func (s *Store) Answer(ctx context.Context, id string) (Record, bool, error) {
	row := s.db.QueryRowContext(ctx, `SELECT id, created, source, corpus_version, body FROM answers WHERE id = ?`, id)
	r, err := scanRecord(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Record{}, false, nil
	}
	if err != nil {
		return Record{}, false, fmt.Errorf("feedback: reading answer %s: %w", id, err)
	}
	return r, true, nil
}

type scanner interface{ Scan(...any) error }

func scanRecord(row scanner) (Record, error) {
	var r Record
	var created, body string
	if err := row.Scan(&r.ID, &created, &r.Source, &r.CorpusVersion, &body); err != nil {
		return r, err
	}
	r.Time, _ = time.Parse(time.RFC3339Nano, created)
	if err := json.Unmarshal([]byte(body), &r.Answer); err != nil {
		return r, fmt.Errorf("answer %s is stored damaged: %w", r.ID, err)
	}
	return r, nil
}

// Filter selects entries for List.
type Filter struct {
	// DownOnly keeps answers with at least one down vote.
	DownOnly bool
	// Limit caps the entries (0: all).
	Limit int
}

// List returns the answers that got votes, latest vote first.
func (s *Store) List(ctx context.Context, f Filter) ([]Entry, error) {
	q := `SELECT v.answer_id,
			SUM(CASE WHEN v.vote = 'up' THEN 1 ELSE 0 END),
			SUM(CASE WHEN v.vote = 'down' THEN 1 ELSE 0 END),
			MAX(v.updated),
			a.id, a.created, a.source, a.corpus_version, a.body
		FROM votes v LEFT JOIN answers a ON a.id = v.answer_id
		GROUP BY v.answer_id`
	if f.DownOnly {
		q += ` HAVING SUM(CASE WHEN v.vote = 'down' THEN 1 ELSE 0 END) > 0`
	}
	q += ` ORDER BY MAX(v.updated) DESC, v.answer_id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("feedback: listing votes in %s: %w", s.path, err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		var last string
		var id, created, source, version, body sql.NullString
		if err := rows.Scan(&e.ID, &e.Up, &e.Down, &last, &id, &created, &source, &version, &body); err != nil {
			return nil, fmt.Errorf("feedback: reading votes: %w", err)
		}
		e.LastVote, _ = time.Parse(time.RFC3339Nano, last)
		if id.Valid {
			r, err := scanRecord(rowOf{id.String, created.String, source.String, version.String, body.String})
			if err != nil {
				return nil, fmt.Errorf("feedback: %w", err)
			}
			e.Record, e.Stored = r, true
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("feedback: reading votes: %w", err)
	}
	return out, nil
}

// rowOf lets scanRecord read values already scanned.
type rowOf [5]string

func (r rowOf) Scan(dst ...any) error {
	for i, d := range dst {
		*(d.(*string)) = r[i]
	}
	return nil
}

// EvalItem is one question in the JSON Lines format of package evaluate.
type EvalItem struct {
	// ID is "fb-" and the answer's id.
	ID string `json:"id"`
	// Kind is KindConfirmed, KindUnanswerable or KindToLabel.
	Kind string `json:"kind"`
	// Question is the question as asked.
	Question string `json:"question"`
	// Refs are the paragraphs taken to answer it (empty for the other kinds).
	Refs []string `json:"refs"`
}

// Eval kinds of exported questions.
const (
	// KindConfirmed: voted up, never down; its cited paragraphs are taken
	// as the paragraphs that answer it.
	KindConfirmed = "feedback-confirmed"
	// KindUnanswerable: an abstention voted up, never down.
	KindUnanswerable = "unanswerable"
	// KindToLabel: voted down. Nobody has said which paragraphs do answer
	// it, so its refs are empty and evaluate refuses the line until a
	// person fills them in (or makes it "unanswerable").
	KindToLabel = "feedback-to-label"
)

// ToEval turns voted answers into evaluation questions: confirmed ones
// with their cited paragraphs as gold, abstentions voted up as
// unanswerable, and everything voted down as a question to label.
func ToEval(entries []Entry) []EvalItem {
	var out []EvalItem
	seen := map[string]bool{}
	for _, e := range entries {
		if !e.Stored || e.Answer.Question == "" {
			continue
		}
		key := strings.TrimSpace(e.Answer.Question)
		if seen[key] {
			continue
		}
		seen[key] = true
		it := EvalItem{ID: "fb-" + e.ID, Question: key, Refs: []string{}}
		switch {
		case e.Down > 0:
			it.Kind = KindToLabel
		case e.Answer.Abstained:
			it.Kind = KindUnanswerable
		default:
			it.Kind = KindConfirmed
			for _, c := range e.Answer.Citations {
				if !containsStr(it.Refs, c.Ref) {
					it.Refs = append(it.Refs, c.Ref)
				}
			}
			if len(it.Refs) == 0 {
				it.Kind = KindToLabel
			}
		}
		out = append(out, it)
	}
	return out
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
