"""Small policy graphs built exactly per docs/DESIGN.md, for the query and compliance tests.

Three invented policies (all sample text is our own):

* ``ACME_V1`` (Acme Cloud, en, cites GB/T 35273-2017 and the PIPL): collects e-mail, telephone and
  fingerprints; shares with affiliates "to perform a contract" and "to protect our rights"; deems consent
  by use; stores data in Singapore; keeps data 3 years; grants access and erasure; minors under 14;
  encryption; contact e-mail.
* ``ACME_V2``: a later version of ACME_V1 (``pkg:previousVersion``), also collects IP addresses, no longer
  fingerprints, and states a security assessment for its transfers abroad.
* ``BETA`` (Beta Mobile, zh, cites GB/T 35273-2020): collects names and precise location, shares with
  partners with consent, for legal obligations and "to keep the service secure"; silent on retention,
  rights, contact, minors and incident notification; stores data in China.

A small slice of the ontology (vocabulary hierarchy, laws, condition -> provision relations) goes into
``pkgr:ontology`` so that the tests do not depend on the ontology files being complete.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from policykg.namespaces import DPV, GRAPH, ID, LAW, LOC, OA, ONTOLOGY_GRAPH, PKG, VOCAB
from policykg.store.base import Store

ACME_V1 = "a1a1a1a1a1a1a1a1"
ACME_V2 = "a2a2a2a2a2a2a2a2"
BETA = "b3b3b3b3b3b3b3b3"

CONTRACT_QUOTE = "We may pass your data to our affiliates where this is needed to perform a contract with you."
PROTECT_QUOTE = "We may also disclose data to protect the rights and property of Acme."
IMPLIED_QUOTE = "By continuing to use the service you agree to this policy."
SECURITY_QUOTE = "为保障服务安全，我们可能向合作伙伴提供必要信息。"

Triple = tuple[URIRef, URIRef, object]


@dataclass
class PolicyBuilder:
    """Writes one policy's graph the way ingest does: statements, evidence, summary triples."""

    docid: str
    text: str = ""
    triples: list[Triple] = field(default_factory=list)
    counter: int = 0

    @property
    def policy(self) -> URIRef:
        return ID[f"policy/{self.docid}"]

    def add(self, s: URIRef, p: URIRef, o: object) -> None:
        self.triples.append((s, p, o))

    def node(self, kind: str) -> URIRef:
        self.counter += 1
        return ID[f"policy/{self.docid}/{kind}/{self.counter}"]

    def header(self, *, company: str, slug: str, language: str, file_name: str, previous: str | None = None) -> URIRef:
        company_iri = ID[f"company/{slug}"]
        self.add(self.policy, RDF.type, PKG.PrivacyPolicy)
        self.add(self.policy, DCTERMS.language, Literal(language))
        self.add(self.policy, PKG.fileName, Literal(file_name))
        self.add(self.policy, DCTERMS.publisher, company_iri)
        self.add(self.policy, PKG.hasText, ID[f"text/{self.docid}"])
        self.add(company_iri, RDF.type, PKG.Company)
        self.add(company_iri, PKG.legalName, Literal(company))
        self.add(self.policy, PKG.companyName, Literal(company))  # the shortcut ingest writes too
        if previous:
            self.add(self.policy, PKG.previousVersion, ID[f"policy/{previous}"])
        return company_iri

    def evidence(self, subject: URIRef, sentence: str) -> URIRef:
        """Append ``sentence`` to the text and annotate ``subject`` with it (quote and offsets)."""
        start = len(self.text)
        self.text += sentence + " "
        end = start + len(sentence)
        annotation = self.node("e")
        target, quote, position = URIRef(f"{annotation}/t"), URIRef(f"{annotation}/q"), URIRef(f"{annotation}/p")
        self.add(subject, PKG.evidence, annotation)
        self.add(annotation, RDF.type, OA.Annotation)
        self.add(annotation, OA.motivatedBy, OA.identifying)
        self.add(annotation, OA.hasBody, subject)
        self.add(annotation, OA.hasTarget, target)
        self.add(annotation, PROV.wasGeneratedBy, ID[f"policy/{self.docid}/activity"])
        self.add(target, RDF.type, OA.SpecificResource)
        self.add(target, OA.hasSource, ID[f"text/{self.docid}"])
        self.add(target, OA.hasSelector, quote)
        self.add(target, OA.hasSelector, position)
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(sentence))
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(start))
        self.add(position, OA.end, Literal(end))
        for predicate, value in ((PKG.quote, sentence), (PKG.quoteStart, start), (PKG.quoteEnd, end)):
            self.add(subject, predicate, Literal(value))  # the shortcuts ingest writes (docs/DESIGN.md)
        return annotation

    def statement(
        self,
        cls: str,
        sentence: str,
        *,
        values: dict[URIRef, list[str]] | None = None,
        summary: dict[URIRef, URIRef] | None = None,
        conditions: dict[str, str] | None = None,
        negative: bool = False,
        extra: dict[URIRef, object] | None = None,
    ) -> URIRef:
        """One practice statement; ``values`` maps a property to concept paths under pkv:."""
        node = self.node("s")
        self.add(self.policy, PKG.states, node)
        self.add(node, RDF.type, PKG[cls])
        self.add(node, PKG.hasPolarity, PKG.Negative if negative else PKG.Affirmative)
        self.evidence(node, sentence)
        for prop, keys in (values or {}).items():
            for key in keys:
                concept = VOCAB[key]
                self.add(node, prop, concept)
                summary_prop = (summary or {}).get(prop)
                if summary_prop is not None and not negative:
                    self.add(self.policy, summary_prop, concept)
        if not negative:  # the category x purpose summary ingest writes (docs/DESIGN.md)
            for category in (values or {}).get(DPV.hasPersonalData, []):
                for purpose in (values or {}).get(DPV.hasPurpose, []):
                    use = ID[f"use/{category.split('/', 1)[1]}/{purpose.split('/', 1)[1]}"]
                    self.add(self.policy, PKG.usesDataFor, use)
        for key, condition_sentence in (conditions or {}).items():
            condition = self.node("c")
            self.add(node, PKG.hasCondition, condition)
            self.add(condition, RDF.type, PKG.DisclosureCondition)
            self.add(condition, PKG.conditionKind, VOCAB[f"condition/{key}"])
            self.evidence(condition, condition_sentence)
            if not negative:
                self.add(self.policy, PKG.disclosesWhen, VOCAB[f"condition/{key}"])
        for prop, value in (extra or {}).items():
            self.add(node, prop, value)
        return node

    def cites(self, *laws: str) -> None:
        node = self.statement("LawCitation", "This policy follows " + ", ".join(laws) + ".")
        for law in laws:
            self.add(node, PKG.citesLaw, LAW[law])
            self.add(self.policy, PKG.citesLaw, LAW[law])

    def finish(self) -> list[Triple]:
        self.add(ID[f"text/{self.docid}"], RDF.type, PKG.SourceText)
        self.add(ID[f"text/{self.docid}"], PKG.content, Literal(self.text))
        return self.triples


COLLECT = {DPV.hasPersonalData: PKG.collectsCategory, DPV.hasPurpose: PKG.hasPurposeSummary}
SHARE = {DPV.hasRecipient: PKG.sharesWith}


def acme_v1() -> list[Triple]:
    b = PolicyBuilder(ACME_V1)
    company = b.header(company="Acme Cloud Ltd.", slug="acme-cloud-ltd", language="en", file_name="acme.txt")
    b.add(company, PKG.email, Literal("privacy@acme.example"))
    b.cites("GBT35273-2017", "PIPL")
    b.statement(
        "CollectionStatement",
        "We collect your e-mail address and phone number to provide the service.",
        values={DPV.hasPersonalData: ["pd/EmailAddress", "pd/TelephoneNumber"], DPV.hasPurpose: ["purpose/ServiceProvision"]},
        summary=COLLECT,
    )
    b.statement(
        "CollectionStatement",
        "We collect fingerprints to verify your identity.",
        values={DPV.hasPersonalData: ["pd/Fingerprint"], DPV.hasPurpose: ["purpose/IdentityVerification"]},
        summary=COLLECT,
    )
    b.statement(
        "SharingStatement",
        "We share data with our affiliates in these cases.",
        values={DPV.hasRecipient: ["recipient/affiliates"]},
        summary=SHARE,
        conditions={"contract": CONTRACT_QUOTE, "protect-rights": PROTECT_QUOTE},
    )
    b.statement("ImpliedConsentStatement", IMPLIED_QUOTE)
    b.statement("CrossBorderStatement", "Your data is stored on servers in Singapore.",
                extra={PKG.storageLocation: LOC.SG, DPV.hasProcessing: DPV.Store})
    b.statement(
        "RetentionStatement",
        "We keep your data for three years.",
        extra={PKG.retentionKind: PKG.FixedPeriodRetention, PKG.retentionPeriod: Literal("P3Y", datatype=XSD.duration)},
    )
    b.statement(
        "RightStatement",
        "You may access and delete your data.",
        values={DPV.hasRight: ["right/access", "right/erasure"]},
        summary={DPV.hasRight: PKG.grantsRight},
    )
    b.statement("MinorsStatement", "We do not knowingly collect data of children under 14.", extra={PKG.ageThreshold: Literal(14)})
    b.statement(
        "SecurityStatement",
        "We encrypt data at rest.",
        values={PKG.hasMeasure: ["measure/encryption"]},
        summary={PKG.hasMeasure: PKG.claimsMeasure},
    )
    b.statement("ContactStatement", "Write to privacy@acme.example.", extra={PKG.email: Literal("privacy@acme.example")})
    b.statement("IncidentNotificationStatement", "We will tell you promptly about any security incident.")
    b.statement(
        "TrackingStatement",
        "Our website sets cookies.",
        values={PKG.trackingTechnology: ["tracking/cookies"]},
        summary={PKG.trackingTechnology: PKG.usesTracking},
    )
    b.statement("CookieControlStatement", "You can delete cookies in your browser settings.")
    return b.finish()


def acme_v2() -> list[Triple]:
    b = PolicyBuilder(ACME_V2)
    company = b.header(company="Acme Cloud Ltd.", slug="acme-cloud-ltd", language="en", file_name="acme.txt", previous=ACME_V1)
    b.add(company, PKG.email, Literal("dpo@acme.example"))
    b.cites("GBT35273-2020", "PIPL")
    b.statement(
        "CollectionStatement",
        "We collect your e-mail address, phone number and IP address to run the service.",
        values={
            DPV.hasPersonalData: ["pd/EmailAddress", "pd/TelephoneNumber", "pd/IPAddress"],
            DPV.hasPurpose: ["purpose/ServiceProvision"],
        },
        summary=COLLECT,
    )
    b.statement(
        "SharingStatement",
        "We share data with affiliates only with your separate consent.",
        values={DPV.hasRecipient: ["recipient/affiliates"]},
        summary=SHARE,
        conditions={"consent": "only with your separate consent"},
    )
    b.statement(
        "CrossBorderStatement",
        "Transfers abroad, to Singapore, take place only after the CAC security assessment.",
        extra={DPV.hasProcessing: DPV.Transfer, PKG.transferDestination: LOC.SG,
               PKG.transferMechanism: PKG.CACSecurityAssessment},
    )
    b.statement("RetentionStatement", "We keep data only as long as the purpose requires.",
                extra={PKG.retentionKind: PKG.PurposeBoundRetention})
    b.statement("ContactStatement", "Write to dpo@acme.example.", extra={PKG.email: Literal("dpo@acme.example")})
    return b.finish()


def beta() -> list[Triple]:
    b = PolicyBuilder(BETA)
    b.header(company="Beta Mobile Co., Ltd.", slug="beta-mobile-co-ltd", language="zh", file_name="beta.txt")
    b.cites("GBT35273-2020")
    b.statement(
        "CollectionStatement",
        "我们收集您的姓名和精确位置信息用于提供服务。",
        values={DPV.hasPersonalData: ["pd/Name", "pd/Location"], DPV.hasPurpose: ["purpose/ServiceProvision"]},
        summary=COLLECT,
    )
    b.statement(
        "SharingStatement",
        "我们会在以下情形向合作伙伴共享信息。",
        values={DPV.hasRecipient: ["recipient/partners"]},
        summary=SHARE,
        conditions={
            "consent": "事先获得您的明确同意",
            "legal-obligation": "根据法律法规的要求",
            "service-security": SECURITY_QUOTE,
        },
    )
    b.statement("CrossBorderStatement", "您的信息存储在中国境内。", extra={PKG.storageLocation: LOC.CN, DPV.hasProcessing: DPV.Store})
    # a denied transfer abroad is not a transfer (catalogue questions must not list Beta)
    b.statement("CrossBorderStatement", "我们不会将您的个人信息传输至境外。", negative=True,
                extra={DPV.hasProcessing: DPV.Transfer})
    b.statement("SellingStatement", "我们不会出售您的个人信息。", negative=True)
    b.statement(
        "SecurityStatement",
        "我们使用加密和访问控制保护您的信息。",
        values={PKG.hasMeasure: ["measure/encryption", "measure/access-control"]},
        summary={PKG.hasMeasure: PKG.claimsMeasure},
    )
    return b.finish()


def ontology_slice() -> list[Triple]:
    """The parts of the ontology the queries read, in our own words."""
    triples: list[Triple] = []

    def concept(key: str, label: str, broader: str | None = None) -> URIRef:
        iri = VOCAB[key]
        triples.extend([
            (iri, RDF.type, SKOS.Concept),
            (iri, SKOS.notation, Literal(key.split("/", 1)[1])),
            (iri, SKOS.prefLabel, Literal(label, lang="en")),
            (iri, SKOS.inScheme, VOCAB[key.split("/", 1)[0]]),
        ])
        if broader:
            triples.append((iri, SKOS.broader, VOCAB[broader]))
        return iri

    concept("pd/Contact", "contact details")
    concept("pd/EmailAddress", "e-mail address", "pd/Contact")
    concept("pd/TelephoneNumber", "telephone number", "pd/Contact")
    concept("pd/Name", "name")
    concept("pd/IPAddress", "IP address")
    concept("pd/Location", "location")
    concept("pd/Fingerprint", "fingerprint")
    for key in ("ServiceProvision", "IdentityVerification"):
        concept(f"purpose/{key}", key)
    for key in ("affiliates", "partners"):
        concept(f"recipient/{key}", key)
    for key in ("access", "erasure"):
        concept(f"right/{key}", key)
    for key in ("encryption", "access-control"):
        concept(f"measure/{key}", key)
    for key in ("consent", "legal-obligation", "contract", "service-security", "protect-rights", "entrusted-processing", "affiliates"):
        concept(f"condition/{key}", key)
    triples += [
        (VOCAB["pd/Fingerprint"], PKG.sensitiveUnder, LAW["PIPL/art28"]),
        (VOCAB["pd/Fingerprint"], PKG.sensitiveUnder, LAW["GBT35273-2020/annexB"]),
        (VOCAB["pd/Location"], PKG.sensitiveUnder, LAW["GBT35273-2020/annexB"]),
        # as in ontology/law/conditions.ttl: GB/T sharing exceptions, collection-only cases, PIPL 13 bases
        (VOCAB["condition/legal-obligation"], PKG.permittedForSharingBy, LAW["GBT35273-2020/s9.5"]),
        (VOCAB["condition/legal-obligation"], PKG.notPermittedForSharingBy, LAW["GBT35273-2017/s8.5"]),
        (VOCAB["condition/contract"], PKG.permittedForCollectionBy, LAW["GBT35273-2017/s5.4/item-g"]),
        (VOCAB["condition/contract"], PKG.notPermittedForSharingBy, LAW["GBT35273-2017/s8.5"]),
        (VOCAB["condition/service-security"], PKG.permittedForCollectionBy, LAW["GBT35273-2020/s5.6/item-i"]),
        (VOCAB["condition/entrusted-processing"], PKG.permittedForSharingBy, LAW["PIPL/art21"]),
        (VOCAB["condition/affiliates"], PKG.requiresConsentUnder, LAW["PIPL/art23"]),
        (VOCAB["condition/protect-rights"], PKG.noBasisIn, LAW["PIPL"]),
        (LAW["PIPL/art13/item1"], PKG.legalBasisFor, VOCAB["condition/consent"]),
        (LAW["PIPL/art13/item2"], PKG.legalBasisFor, VOCAB["condition/contract"]),
        (LAW["PIPL/art13/item3"], PKG.legalBasisFor, VOCAB["condition/legal-obligation"]),
        (LAW["GBT35273-2017/s8.5"], RDFS.label, Literal("GB/T 35273-2017 §8.5", lang="en")),
        (LAW["GBT35273-2017/s8.5"], PKG.partOf, LAW["GBT35273-2017"]),
        (LAW["PIPL/art14"], RDFS.label, Literal("PIPL art. 14", lang="en")),
    ]
    for law, key in (("PIPL", "CN-PIPL"), ("GBT35273-2017", "CN-GBT35273-2017"), ("GBT35273-2020", "CN-GBT35273-2020")):
        triples += [(LAW[law], RDF.type, DPV.Law), (LAW[law], PKG.lawKey, Literal(key))]
    return triples


def policy_graphs() -> dict[str, list[Triple]]:
    """Named graph IRI -> triples for the three fixture policies and the ontology slice."""
    return {
        str(GRAPH[f"policy/{ACME_V1}"]): acme_v1(),
        str(GRAPH[f"policy/{ACME_V2}"]): acme_v2(),
        str(GRAPH[f"policy/{BETA}"]): beta(),
        str(ONTOLOGY_GRAPH): ontology_slice(),
    }


def load_fixture(store: Store) -> Store:
    """Write the fixture graphs into ``store`` (replacing them) and return it."""
    store.replace_graphs(policy_graphs())
    return store
