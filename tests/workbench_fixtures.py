"""Policies written for the workbench tests (our own text), a store with them, and a live server."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

ZH_POLICY = """星河云笔记隐私政策

更新日期：2024年3月1日

杭州星河云笔记科技有限公司（以下简称“我们”）依据《中华人民共和国个人信息保护法》制定本政策。

一、我们收集的信息
注册账号时，我们会收集您的手机号码和电子邮箱地址，用于创建账号和验证身份。
为了向您推送营销信息，我们会使用您的电子邮箱地址。
我们不会收集您的生物识别信息。

二、共享
我们会与关联公司共享您的账号信息，以便提供统一的登录服务。
为完成支付，我们会向支付服务商提供订单信息。

三、跨境传输
您的个人信息将存储在新加坡的服务器上。

四、您的权利
您可以查阅、更正和删除您的个人信息，也可以注销账号。

联系我们：privacy@xinghe-notes.example.cn
"""

EN_POLICY = """Lanternfish Maps Privacy Policy

Last updated: 12 May 2025

Lanternfish Maps Ltd. ("we") explains here how we handle personal information.

What we collect. When you create an account we collect your name, email address and phone number to provide the service.
We collect your precise location to show nearby places.
We do not sell your personal information.

Sharing. We share your email address with our affiliates for customer support.
We disclose information to government authorities when required by law.

Your rights. You may access, correct or delete your personal information by writing to privacy@lanternfish.example.com.

Security. We encrypt data in transit and at rest.
"""

# Policy text that tries to run script when shown: it must only ever appear as text.
HOSTILE_POLICY = """Evil Widgets Privacy Policy <script>window.__pwned = 1; document.title = "PWNED"</script>

Last updated: 1 January 2025

Evil Widgets Inc. <img src=x onerror="window.__pwned = 2"> collects your email address <b onmouseover="window.__pwned=3">to provide the service</b>.
We share your email address with our affiliates "><script>window.__pwned = 4</script> for marketing.
You may delete your data: </article><script>window.__pwned = 5</script>
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def live_server(store_path: Path, reviewer_tokens: dict[str, str] | None) -> Iterator[str]:
    """``policykg serve`` as the CLI runs it (same app, store opened read-write), on a free port."""
    from policykg.server.app import create_app
    from policykg.store.oxigraph_store import OxigraphStore

    store = OxigraphStore(store_path, read_only=reviewer_tokens is None)
    app = create_app(store, reviewer_tokens=reviewer_tokens)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
