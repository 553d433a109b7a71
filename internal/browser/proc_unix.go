//go:build unix

package browser

import (
	"os/exec"
	"syscall"
)

// ownGroup starts Chromium in its own process group, so that stopping it
// also stops the renderer and helper processes it started.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
