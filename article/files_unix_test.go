//go:build unix

package article

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenGoesOn reads a folder whose parts cannot all be read: a folder
// without permissions, a link that leads nowhere, a link back to the
// folder, a named pipe. Each gives an error in its place, and the files
// after it are read; links to files and folders are followed.
func TestOpenGoesOn(t *testing.T) {
	dir := os.Getenv("NEWSDUMP_TEST_DIR")
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "newsdump-open"); err != nil { // not t.TempDir, whose parent nobody may not enter
			t.Fatal(err)
		}
		defer os.RemoveAll(dir)
		os.Chmod(dir, 0o755)
		writeFiles(t, dir, [2]string{"walk/a.txt", "Eins\n\n" + para}, [2]string{"walk/b_locked/x.txt", "Versteckt\n\n" + para},
			[2]string{"walk/c/y.txt", "Zwei\n\n" + para}, [2]string{"walk/d.txt", "Drei\n\n" + para},
			[2]string{"target.txt", "Vier\n\n" + para}, [2]string{"more/z.txt", "Fünf\n\n" + para})
		os.Symlink("../target.txt", filepath.Join(dir, "walk/e_link.txt"))
		os.Symlink("../more", filepath.Join(dir, "walk/f_folder"))
		os.Symlink("nowhere", filepath.Join(dir, "walk/g_broken"))
		os.Symlink("..", filepath.Join(dir, "walk/c/h_up"))
		if err := syscall.Mkfifo(filepath.Join(dir, "walk/i_pipe"), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chmod(filepath.Join(dir, "walk/b_locked"), 0)
		defer os.Chmod(filepath.Join(dir, "walk/b_locked"), 0o755)
		if os.Geteuid() == 0 {
			// Permissions do not hold for root: the test runs again as
			// nobody, in a process of its own.
			bin := filepath.Join(dir, "article.test") // where nobody may run it
			if b, err := os.ReadFile(os.Args[0]); err != nil || os.WriteFile(bin, b, 0o755) != nil {
				t.Fatalf("copying the test binary: %v", err)
			}
			cmd := exec.Command(bin, "-test.run=^TestOpenGoesOn$", "-test.v")
			cmd.Env = append(os.Environ(), "NEWSDUMP_TEST_DIR="+dir)
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "--- PASS: TestOpenGoesOn") {
				t.Fatalf("as nobody: %v\n%s", err, out)
			}
			return
		}
	}
	var got []string
	for a, err := range Open(filepath.Join(dir, "walk")).All() { // under dir, only walk is read
		switch {
		case err != nil:
			got = append(got, "error "+strings.ReplaceAll(err.Error(), dir+"/", ""))
		default:
			got = append(got, strings.TrimPrefix(a.Source.Path, dir+"/")+": "+a.Title)
		}
	}
	want := []string{
		"walk/a.txt: Eins",
		"error open walk/b_locked: permission denied",
		"error read walk/c/h_up: link to a folder read already, skipped",
		"walk/c/y.txt: Zwei",
		"walk/d.txt: Drei",
		"walk/e_link.txt: Vier",
		"walk/f_folder/z.txt: Fünf",
		"error stat walk/g_broken: no such file or directory",
		"error read walk/i_pipe: not a regular file, skipped (p---------)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	var listed []string
	for p, err := range Files(filepath.Join(dir, "walk")) {
		if err == nil {
			listed = append(listed, strings.TrimPrefix(p, dir+"/"))
		}
	}
	if diff := cmp.Diff([]string{"walk/a.txt", "walk/c/y.txt", "walk/d.txt", "walk/e_link.txt", "walk/f_folder/z.txt"}, listed); diff != "" {
		t.Errorf("Files: mismatch (-want +got):\n%s", diff)
	}
}
