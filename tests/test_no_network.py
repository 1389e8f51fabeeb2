"""Qiao never opens a network connection: proven over every kind of page, a search, a language switch and a
comparison, inside the process (an audit hook on every socket connection Python makes) and from outside it
(strace on `qiao --screenshot`, which sees Qt's own connections too).

The only connections allowed are local ones a desktop app cannot avoid: the X display and the session and
accessibility buses (AF_UNIX). Printing is left out on purpose: it asks the computer's print service, which the
README says.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys

import pytest

from desktop.core.targets import Target

LOCAL = re.compile(r"/tmp/\.X11-unix/|/\.X11-unix/|dbus|at-spi|/run/user/")
_recording: list[tuple[str, object]] = []
_listening = False


def _hook(event: str, arguments: tuple) -> None:
    if _listening and event in ("socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo"):
        _recording.append((event, arguments[1] if len(arguments) > 1 else arguments))


sys.addaudithook(_hook)  # audit hooks cannot be removed: it records only while a test listens


def _foreign(records) -> list:
    """Every recorded connection that is not to a local display or bus socket."""
    found = []
    for event, address in records:
        if event == "socket.connect" and isinstance(address, (str, bytes)):
            path = address.decode(errors="replace") if isinstance(address, bytes) else address
            if not path or path.startswith("\0") or LOCAL.search(path):  # abstract X11 and bus sockets
                continue
        found.append((event, address))
    return found


def test_the_audit_hook_sees_a_connection():
    """The proof below is only worth something if the hook notices a real attempt."""
    global _listening
    _recording.clear()
    _listening = True
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.01)
            try:
                probe.connect(("127.0.0.1", 9))  # the discard port on this machine only
            except OSError:
                pass
    finally:
        _listening = False
    assert _foreign(_recording) == [("socket.connect", ("127.0.0.1", 9))]


def test_a_whole_visit_connects_to_nothing(make_window, store, qtbot):
    global _listening
    _recording.clear()
    _listening = True
    try:
        window = make_window(language="en")
        targets = [Target(kind) for kind in ("home", "guides", "platforms", "privacy", "glossary", "counterparts",
                                            "then-and-now")]
        targets += [Target("guide", (store.guides()[0].id,)), Target("platform", ("wechat",)),
                    Target("caution", (store.cautions()[0].id,)), Target("term", (store.terms()[0].id,)),
                    Target("compare", ("wechat", "whatsapp", "signal"))]
        for target in targets:
            window.open(target)
            assert window.session.current == target
        window.header.search_field.setText("微信 encrypt")
        window.header.search_field.returnPressed.emit()
        assert window.session.current.kind == "search"
        for language in ("zh_Hant", "zh_Hans", "en"):
            window.set_language(language)
        window.set_zoom(2.0)
        window.open(Target("compare", ("wechat", "line")))
        window.go_back()
        qtbot.wait(50)
    finally:
        _listening = False
    assert _foreign(_recording) == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed here")
@pytest.mark.parametrize("target", ["home", "platforms", "compare/wechat,whatsapp,signal,line", "search/微信"])
def test_no_connection_leaves_the_process(tmp_path, target):
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace), sys.executable, "-m",
         "desktop", "--screenshot", str(tmp_path / "x.png"), "--open", target, "--lang", "zh_Hant"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    calls = [line for line in trace.read_text().splitlines() if "connect(" in line or "send" in line]
    foreign = [line for line in calls
               if "AF_UNIX" not in line or not (LOCAL.search(line) or 'sun_path=@"' in line)]
    assert foreign == []
