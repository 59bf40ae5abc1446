"""Routes of the workbench pages: ``/policies`` (corpus), ``/policies/{docid}`` (reader),
``/compare?a=&b=`` (two policies side by side), ``/reviews`` (every review, orphans first) and the
review actions (sign in, record a review). Pages are rendered on the server; see ``render.py``."""
from __future__ import annotations

import re
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from policykg.reviews.access import COOKIE, Refused, cross_site
from policykg.reviews.apply import effective_values, reviewed_findings, reviews_on
from policykg.reviews.overlay import restore_extracted
from policykg.reviews.model import ACTIONS, Review
from policykg.reviews.store import new_id, now, read_reviews, write_review
from policykg.workbench import render
from policykg.workbench.corpus_index import FACETS
from policykg.workbench.corpus_query import query_corpus
from policykg.workbench.findings import VERDICTS
from policykg.workbench.policy_data import SCHEME_OF_FIELD, NotFound, PolicyView, check_docid, read_policy
from policykg.workbench.state import Workbench

MAX_QUERY = 200
MAX_COMMENT = 4000
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


MAX_FORM_BYTES = 64_000


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form body (what the pages send), size-limited; no multipart parser is needed."""
    from urllib.parse import parse_qsl

    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/x-www-form-urlencoded", ""):
        raise PageError(415, "send the form as application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise PageError(413, f"the form is larger than {MAX_FORM_BYTES} bytes")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise PageError(400, "the form is not UTF-8") from None
    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value)  # the first of repeated names (a disabled twin input is not sent anyway)
    return form


class PageError(Exception):
    def __init__(self, status: int, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.retry_after = status, message, retry_after


def bench_of(request: Request) -> Workbench:
    return request.app.state.workbench  # type: ignore[no-any-return]


def _page(html: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": render.PAGE_POLICY,
                                                           "Cache-Control": "no-store"})


def _reviewer(request: Request):
    bench = bench_of(request)
    return bench.access.session(request.cookies.get(COOKIE)) if bench.can_review else None


async def corpus_page(request: Request) -> Response:
    bench = bench_of(request)
    params = request.query_params
    selected = {name: [v for v in params.getlist(name) if v][:10] for name in FACETS}
    q = (params.get("q") or "").strip()[:MAX_QUERY]

    def work():
        conn = bench.index.connection()
        return query_corpus(conn, selected, q, params.get("_next"), cache=bench.results, generation=bench.index.generation,
                            expanded=params.get("_facet_size") == "max")

    page = await run_in_threadpool(work)
    return _page(render.corpus(page, session=_reviewer(request), bench=bench))


async def reader_page(request: Request) -> Response:
    bench = bench_of(request)
    docid = request.path_params["docid"]

    def work():
        view = read_policy(bench.store, docid, bench.labels)
        return view, reviews_on(bench.store, view)

    try:
        view, index = await run_in_threadpool(work)
    except NotFound as error:
        raise PageError(404, str(error)) from None
    return _page(render.reader(view, index, session=_reviewer(request), bench=bench))


async def compare_page(request: Request) -> Response:
    bench = bench_of(request)
    a, b = request.query_params.get("a", ""), request.query_params.get("b", "")

    def work():
        views = []
        for docid in (a, b):
            view = read_policy(bench.store, docid, bench.labels)
            index = reviews_on(bench.store, view)
            view.findings = reviewed_findings(view, index)
            views.append((view, effective_values(view, index)))
        return views

    if a and not b:
        return await _compare_picker(request, a)
    if not a or not b:
        raise PageError(400, "compare needs two policies: /compare?a=DOCID&b=DOCID")
    try:
        (va, ea), (vb, eb) = await run_in_threadpool(work)
    except NotFound as error:
        raise PageError(404, str(error)) from None
    return _page(render.compare(va, ea, vb, eb, bench=bench))


async def _compare_picker(request: Request, a: str) -> Response:
    """``/compare?a=X``: the previous version if there is one, else a choice of likely partners."""
    bench = bench_of(request)

    def work():
        view = read_policy(bench.store, a, bench.labels)
        if view.previous:
            return view, None
        conn = bench.index.connection()
        same = conn.execute("SELECT docid, file, company, language, modified FROM policies WHERE company = ? AND docid != ? "
                            "ORDER BY language, docid LIMIT 20", (view.company, view.docid)).fetchall()
        return view, same

    try:
        view, same = await run_in_threadpool(work)
    except NotFound as error:
        raise PageError(404, str(error)) from None
    if same is None:
        return RedirectResponse(f"/compare?a={view.previous[0]}&b={view.docid}", status_code=303)
    return _page(render.compare_picker(view, same, bench=bench))


async def reviews_page(request: Request) -> Response:
    bench = bench_of(request)
    from policykg.reviews.listing import list_reviews

    def work():
        rows = list_reviews(bench.store, bench.labels)
        docids = sorted({row.current for row in rows if row.current})
        conn = bench.index.connection()
        marks = ",".join("?" * len(docids))
        policies = {r["docid"]: r for r in conn.execute(
            f"SELECT docid, file, company, language FROM policies WHERE docid IN ({marks})", docids)} if docids else {}
        return rows, policies

    rows, policies = await run_in_threadpool(work)
    return _page(render.reviews(rows, bench=bench, session=_reviewer(request), policies=policies))


async def sign_in_page(request: Request) -> Response:
    """``GET`` the form; ``POST`` name + token: a session cookie, 403 if wrong, 429 if too many failures."""
    bench = bench_of(request)
    if request.method == "GET":
        return _page(render.sign_in(bench=bench, error=None, next_url=_safe_next(request.query_params.get("next")), name=""))
    _check_same_site(request)
    if not bench.can_review:
        raise PageError(403, "reviewing is off: start the server with --allow-review and a --reviewer-tokens file")
    form = await read_form(request)
    name = str(form.get("name", "")).strip()[:64]
    token = str(form.get("token", "")).strip()[:512]
    next_url = _safe_next(str(form.get("next", "")))
    if not name or not token:
        return _page(render.sign_in(bench=bench, error="Give your reviewer name and your token.", next_url=next_url, name=name), 400)
    signed = await run_in_threadpool(bench.access.sign_in, token, name, client=_client(request))
    if isinstance(signed, Refused):
        html = render.sign_in(bench=bench, error=f"{signed.reason}: try again in {signed.retry_after} s.", next_url=next_url, name=name)
        response = _page(html, 429)
        response.headers["Retry-After"] = str(signed.retry_after)
        return response
    if signed is None:
        return _page(render.sign_in(bench=bench, error="That name and token are not in the reviewer token file.",
                                    next_url=next_url, name=name), 403)
    sid, _ = signed
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(COOKIE, sid, max_age=int(bench.access.session_seconds), httponly=True, samesite="strict", path="/")
    return response


async def sign_out(request: Request) -> Response:
    """End the session here and in every process (its row is deleted), and drop the cookie."""
    _check_same_site(request)
    await run_in_threadpool(bench_of(request).access.sign_out, request.cookies.get(COOKIE))
    response = RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
    return response


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _safe_next(value: str | None) -> str:
    """Only a path on this server (never //host or a scheme) may follow sign-in."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/policies"


def _check_same_site(request: Request) -> None:
    host_url = f"{request.url.scheme}://{request.url.netloc}"
    if cross_site(request.headers, host_url):
        raise PageError(403, "refused: this form was sent from another site")


async def record_review(request: Request) -> Response:
    """``POST /policies/{docid}/reviews``: record one review (session + CSRF field, or a bearer token)."""
    bench = bench_of(request)
    docid = request.path_params["docid"]
    if not bench.can_review:
        raise PageError(403, "reviewing is off: start the server with --allow-review and a --reviewer-tokens file")
    _check_same_site(request)
    form = await read_form(request)
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        client = _client(request)
        limited = await run_in_threadpool(bench.access.refused, client)
        if limited is not None:
            raise PageError(429, f"{limited.reason}: try again in {limited.retry_after} s", retry_after=limited.retry_after)
        reviewer = bench.access.reviewer_for_token(auth[7:].strip()[:512])
        if reviewer is None:
            await run_in_threadpool(bench.access.failed, client)
            raise PageError(403, "unknown reviewer token")
    else:
        session = await run_in_threadpool(bench.access.session, request.cookies.get(COOKIE))
        if session is None:
            raise PageError(401, "sign in as a reviewer first (/review/sign-in)")
        import hmac

        if not hmac.compare_digest(str(form.get("csrf", "")), session.csrf):
            raise PageError(403, "refused: the form's CSRF token is missing or stale; reload the page")
        reviewer = session.reviewer
    fields = {key: str(form.get(key, "")).strip() for key in
              ("target", "field", "value", "action", "new_value", "new_reason", "comment")}

    def work() -> Review:
        view = read_policy(bench.store, docid, bench.labels)
        # a review is of what the extractor said, which the reviewed overlay may have rewritten
        restore_extracted(bench.store, view, bench.labels)
        review = build_review(view, fields, reviewer, bench)
        write_review(bench.store, review)
        bench.index.invalidate()  # corpus counts follow reviewed verdicts
        return review

    try:
        review = await run_in_threadpool(work)
    except NotFound as error:
        raise PageError(404, str(error)) from None
    engine = getattr(request.app.state, "engine", None)
    if engine is not None and hasattr(engine, "note_write"):
        engine.note_write()  # SPARQL answers (worker snapshots) include the review from now on
    if request.headers.get("accept", "").startswith("application/json"):
        from starlette.responses import JSONResponse

        return JSONResponse({"review": str(review.iri), "reviewer": reviewer}, status_code=201)
    return RedirectResponse(f"/policies/{docid}?reviewed={quote(review.id)}#review-{quote(review.id)}", status_code=303)


def build_review(view: PolicyView, fields: dict[str, str], reviewer: str, bench: Workbench) -> Review:
    """A review of one value of one fact or finding of ``view``; PageError(400) names what is wrong."""
    action, field, value, target = fields["action"], fields["field"], fields["value"], fields["target"]
    if action not in ACTIONS:
        raise PageError(400, f"action must be one of {', '.join(ACTIONS)}")
    if len(fields["comment"]) > MAX_COMMENT or len(fields["new_reason"]) > MAX_COMMENT:
        raise PageError(400, f"comments and reasons are limited to {MAX_COMMENT} characters")
    if action == "comment" and not fields["comment"]:
        raise PageError(400, "a comment-only review needs a comment")
    new_value = fields["new_value"] or None
    span: tuple[int, int] | None = None
    if target == view.iri and field in ("publisher",):
        kind = "publisher"
        if view.publisher_quote:
            span = view.publisher_quote[1], view.publisher_quote[2]
    else:
        fact = next((f for f in view.facts if f.iri == target), None)
        finding = next((f for f in view.findings if f.iri == target), None)
        if fact is not None:
            kind = fact.kind
            if fact.start is not None and fact.end is not None:
                span = fact.start, fact.end
            if field == "polarity":
                if value != (fact.polarity or ""):
                    raise PageError(400, f"the statement's polarity is {fact.polarity}, not {value!r}")
            elif field == "fact":
                value = ""
            elif not any(v.field == field and v.value == value for v in fact.values):
                raise PageError(400, f"the statement has no {field} {value!r}")
        elif finding is not None:
            kind = finding.key
            if field != "verdict" or value != finding.verdict:
                raise PageError(400, f"a finding is reviewed by its verdict ({finding.verdict})")
            quoted = next((q for q in finding.quotes if q.start is not None and q.end is not None), None)
            if quoted is not None:
                span = quoted.start, quoted.end  # type: ignore[assignment]
        else:
            raise PageError(400, f"{target!r} is not a fact or finding of policy {view.docid}")
    if action == "correct":
        _check_correction(field, new_value, fields["new_reason"], bench)
    elif new_value is not None:
        raise PageError(400, "only a correction carries a new value")
    exact = prefix = suffix = ""
    start = end = None
    if span is not None:
        from policykg.reviews.anchor import selectors_for

        start, end = span
        exact, prefix, suffix = selectors_for(view.text, start, end)
    return Review(
        id=new_id(), reviewer=reviewer, created=now(), action=action, field=field, value=value, target=target,
        policy=view.iri, fact_kind=kind, source_name=view.file, exact=exact, prefix=prefix, suffix=suffix,
        start=start, end=end, new_value=new_value, new_reason=fields["new_reason"] or None, comment=fields["comment"],
        extractor_version=bench.extractor_version,
    )


def _check_correction(field: str, new_value: str | None, new_reason: str, bench: Workbench) -> None:
    if field == "verdict":
        if new_value not in VERDICTS:
            raise PageError(400, f"a corrected verdict must be one of {', '.join(VERDICTS)}")
        if not new_reason:
            raise PageError(400, "a corrected verdict needs a reason a lawyer can check")
        return
    if not new_value:
        raise PageError(400, "a correction needs the new value")
    if field == "polarity":
        if new_value not in ("Affirmative", "Negative", "Conditional"):
            raise PageError(400, "polarity is Affirmative, Negative or Conditional")
    elif field == "date":
        if not DATE.match(new_value):
            raise PageError(400, "a date is written YYYY-MM-DD")
    elif field in SCHEME_OF_FIELD:
        known = {iri for iri, _ in bench.labels.concepts_in(SCHEME_OF_FIELD[field])}
        if new_value not in known:
            raise PageError(400, f"{new_value!r} is not a concept of the {field} vocabulary")
    elif len(new_value) > 500:
        raise PageError(400, "a corrected value is limited to 500 characters")


async def page_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, PageError)
    response = _page(render.error(error.status, error.message, bench=bench_of(request)), error.status)
    if error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def routes() -> list:
    return [
        Route("/policies", corpus_page, methods=["GET"]),
        Route("/policies/{docid}", reader_page, methods=["GET"]),
        Route("/policies/{docid}/reviews", record_review, methods=["POST"]),
        Route("/compare", compare_page, methods=["GET"]),
        Route("/reviews", reviews_page, methods=["GET"]),
        Route("/review/sign-in", sign_in_page, methods=["GET", "POST"]),
        Route("/review/sign-out", sign_out, methods=["POST"]),
        Mount("/workbench-static", app=StaticFiles(directory=str(render.STATIC)), name="workbench-static"),
    ]


EXCEPTION_HANDLERS = {PageError: page_error}
