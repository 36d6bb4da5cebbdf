package corpus

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// deniedFS is a MapFS whose listed folders cannot be opened, as a folder
// without read permission behaves (tests may run as root, where chmod 000
// denies nothing).
type deniedFS struct {
	m      fstest.MapFS
	denied map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.denied[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.m.Open(name)
}

// TestLoadUnreadableFolder: a folder that cannot be read says so, instead
// of "no .txt or .md article".
func TestLoadUnreadableFolder(t *testing.T) {
	article := &fstest.MapFile{Data: []byte("Title\nThe board met on a Friday and voted to remove the chief executive.\n")}
	tests := []struct {
		name string
		fsys fs.FS
		want []string
	}{
		{"the folder itself", deniedFS{m: fstest.MapFS{"a.txt": article}, denied: map[string]bool{".": true}},
			[]string{"cannot read the folder /articles", "permission denied"}},
		{"its only subfolder", deniedFS{m: fstest.MapFS{"sub/a.txt": article}, denied: map[string]bool{"sub": true}},
			[]string{"no readable .txt or .md article in /articles", "/articles/sub", "permission denied"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadFS(tt.fsys, "/articles/")
			if err == nil {
				t.Fatal("LoadFS read an unreadable folder")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if tt.name == "the folder itself" && !errors.Is(err, fs.ErrPermission) {
				t.Errorf("error %v is not fs.ErrPermission", err)
			}
		})
	}
}
