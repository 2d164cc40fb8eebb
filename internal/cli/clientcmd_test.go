package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessiond/sessiond/internal/client"
)

func TestClientKeygen(t *testing.T) {
	var out bytes.Buffer
	a := &App{Stdout: &out, Stderr: &out}
	file := filepath.Join(t.TempDir(), "k")
	cmd := a.clientCmd(&globals{})
	cmd.SetArgs([]string{"keygen", "--out", file})
	cmd.SetOut(&out)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	sid := strings.TrimSpace(out.String())
	if _, err := client.ParseSessionID(sid); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(file)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v %v", st.Mode(), err)
	}
	id, err := client.LoadIdentity(file)
	if err != nil || id.SessionID() != sid {
		t.Fatalf("reload: %v %s != %s", err, id.SessionID(), sid)
	}
	cmd = a.clientCmd(&globals{})
	cmd.SetArgs([]string{"keygen", "--out", file})
	if err := cmd.Execute(); err == nil {
		t.Fatal("keygen overwrote a key file")
	}
	cmd = a.clientCmd(&globals{})
	cmd.SetArgs([]string{"send", "--seed", "http://127.0.0.1:1/json_rpc", "--to", "nope", "--data", "x"})
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "Session ID") {
		t.Fatalf("bad --to: %v", err)
	}
}
