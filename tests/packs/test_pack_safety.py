"""An update killed at any moment leaves the old pack serving, and updating never opens a socket."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys

import pytest

from desktop.core.installed_packs import read_state
from tests.packs.conftest import guide_title, retitled, run_child

KILL = "import os, signal\ndef die(*arguments, **keywords):\n    os.kill(os.getpid(), signal.SIGKILL)\n"
KILL_POINTS = {
    "while the pack is written to the packs folder": KILL + """
import tuf.ngclient.updater as updater
class HalfCopy:
    @staticmethod
    def copyfileobj(source, destination):
        destination.write(source.read(1 << 20)); destination.flush(); die()
updater.shutil = HalfCopy
""",
    "after the pack is in place, before it is made current": KILL + """
import desktop.content.pack_update as update
update.write_state = die
""",
    "while the new state is written": KILL + """
import desktop.content.pack_update as update
def half_state(kind_dir, state):
    (kind_dir / ".state.json.tmp").write_text('{"current": {"kind": "content", "fi')
    die()
update.write_state = half_state
""",
}


@pytest.mark.parametrize("moment", KILL_POINTS)
def test_kill_during_an_update_leaves_the_old_pack_serving(publisher, packs_dir, run_qiao, tmp_path, moment):
    publisher.publish(retitled(tmp_path, "one", "First title"))
    assert run_qiao("content", "update", "--from", publisher.repo)[0] == 0
    installed = read_state(packs_dir / "content")
    publisher.publish(retitled(tmp_path, "two", "Second title"))

    killed = run_child(tmp_path, publisher.root, ["content", "update", "--from", publisher.repo],
                       patch=KILL_POINTS[moment])
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert read_state(packs_dir / "content") == installed
    assert guide_title() == "First title"

    code, out, err = run_qiao("content", "update", "--from", publisher.repo)  # the next update just works
    assert code == 0 and "version 2" in out, err
    assert guide_title() == "Second title"
    leftovers = sorted(path.name for path in (packs_dir / "content").iterdir())
    state = read_state(packs_dir / "content")
    assert leftovers == sorted([".lock", "state.json", state.trust, state.current.file, state.previous.file])


AUDIT = """
import sys
sockets = []
def audit(event, arguments):
    if event.startswith("socket."):
        sockets.append(event)
        raise RuntimeError(f"update opened a socket: {event}")
sys.addaudithook(audit)
import atexit
atexit.register(lambda: print(f"socket events: {len(sockets)}", file=sys.stderr))
"""


def test_updating_opens_no_socket(publisher, packs_dir, tmp_path):
    """An audit hook sees every socket Python creates, connects or resolves a name for; none may happen."""
    publisher.publish(retitled(tmp_path, "one", "First title"))
    result = run_child(tmp_path, publisher.root, ["content", "update", "--from", publisher.repo], prelude=AUDIT)
    assert result.returncode == 0, result.stderr
    assert "socket events: 0" in result.stderr
    assert "Verified the content pack" in result.stdout


def test_updating_makes_no_socket_system_call(publisher, packs_dir, tmp_path):
    """The same, seen by the kernel: strace lists every socket() and connect() of the process and its children."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    publisher.publish(retitled(tmp_path, "one", "First title"))
    trace = tmp_path / "trace.txt"
    result = run_child(tmp_path, publisher.root, ["content", "update", "--from", publisher.repo],
                       wrapper=[strace, "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(trace)])
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert trace.read_text() == ""
    control = tmp_path / "control.txt"  # the same trace does see a socket when there is one
    subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(control), sys.executable,
                    "-c", "import socket; socket.socket()"], check=True, timeout=60)
    assert "socket(" in control.read_text()
