"""Make this process unable to open network connections, so no SPARQL text can make it fetch.

pyoxigraph fetches the URL of a ``SERVICE`` pattern or a ``LOAD`` itself (over HTTP, with its own
client), and has no option to turn that off. A keyword guard in front of it can only refuse the
spellings it recognises, and every second tokenizer drifts from the engine's (issue 19: a comment
ended by CR, an escaped quote in a prefixed name, a ``\\u0022`` escape each hid a SERVICE). So the
server process and its query workers install a seccomp filter: the ``socket()`` system call fails
with EACCES for every address family except AF_UNIX (which the worker pool and the event loop
use), and ``io_uring_setup`` (which could open sockets another way) fails too. Sockets that exist
already, such as the server's listening socket and the connections it accepts, keep working.

The filter is inherited by threads started later and by every child process, and cannot be
removed. It needs Linux 3.17+ on x86-64 or AArch64; elsewhere ``forbid_network`` returns False and
the keyword guard (``policykg.server.limits.check_service``) is the only protection.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import struct

PR_SET_NO_NEW_PRIVS = 38
SECCOMP_SET_MODE_FILTER = 1
SECCOMP_FILTER_FLAG_TSYNC = 1
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
EACCES = 13
AF_UNIX = 1

# machine -> (audit arch, seccomp syscall, socket, io_uring_setup)
_ARCHES = {
    "x86_64": (0xC000003E, 317, 41, 425),
    "aarch64": (0xC00000B7, 277, 198, 425),
}

_BPF_LD_W_ABS = 0x20
_BPF_JEQ_K = 0x15
_BPF_JGE_K = 0x35
_BPF_RET_K = 0x06

_installed = False


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(arch: int, socket_nr: int, io_uring_nr: int) -> bytes:
    """The classic-BPF filter: allow everything except socket(non-AF_UNIX) and io_uring_setup."""
    deny = SECCOMP_RET_ERRNO | EACCES

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("=HBBI", code, jt, jf, k)

    return b"".join([
        op(_BPF_LD_W_ABS, 4),                      # 0: A = arch
        op(_BPF_JEQ_K, arch, 0, 8),                # 1: another ABI (e.g. i386 socketcall) -> deny
        op(_BPF_LD_W_ABS, 0),                      # 2: A = syscall number
        op(_BPF_JGE_K, 0x40000000, 6, 0),          # 3: x32 ABI numbers -> deny
        op(_BPF_JEQ_K, io_uring_nr, 5, 0),         # 4: io_uring_setup -> deny
        op(_BPF_JEQ_K, socket_nr, 1, 0),           # 5: socket -> check its family
        op(_BPF_RET_K, SECCOMP_RET_ALLOW),         # 6: anything else is allowed
        op(_BPF_LD_W_ABS, 16),                     # 7: A = low word of args[0] (the family)
        op(_BPF_JEQ_K, AF_UNIX, 0, 1),             # 8: AF_UNIX -> allow, else deny
        op(_BPF_RET_K, SECCOMP_RET_ALLOW),         # 9
        op(_BPF_RET_K, deny),                      # 10
    ])


def forbid_network() -> bool:
    """Install the filter in this process (all its threads); True once it is in force.

    Idempotent. Returns False, changing nothing, where seccomp filters are not available.
    """
    global _installed
    if _installed:
        return True
    if platform.system() != "Linux" or platform.machine() not in _ARCHES:
        return False
    arch, seccomp_nr, socket_nr, io_uring_nr = _ARCHES[platform.machine()]
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    code = _program(arch, socket_nr, io_uring_nr)
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc.syscall.restype = ctypes.c_long
    result = libc.syscall(ctypes.c_long(seccomp_nr), ctypes.c_long(SECCOMP_SET_MODE_FILTER),
                          ctypes.c_long(SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(fprog))
    if result != 0:
        return False
    _installed = True
    return True


def network_forbidden() -> bool:
    """True if ``forbid_network`` is in force in this process (it was installed here or inherited)."""
    if _installed:
        return True
    try:
        with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Seccomp_filters:"):
                    return int(line.split()[1]) > 0 and _probe_denied()
    except OSError:
        pass
    return False


def _probe_denied() -> bool:
    import socket

    try:
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    except PermissionError:
        return True
    probe.close()
    return False
