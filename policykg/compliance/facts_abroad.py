"""Transfers abroad (PIPL 38-39): the sentences that move data of people in China out of the mainland, read from
servers in a named foreign place, remote access from abroad, and data sent to the handler's own foreign seat, as
against conditional transfers and denials. ``TransferFacts`` is mixed into ``PolicyFacts``, whose look-ups
(``has``, ``where``, ``negated``, ``text_of``) it uses."""
from __future__ import annotations

import re
from functools import cached_property

from policykg.compliance.cues import cues_for
from policykg.compliance.text import Sentence

# the name of the CAC procedure for data leaving China, which moves no data itself
_EXIT_ASSESSMENT = re.compile(r"(?:数据|个人信息)?出境(?:安全)?评估")

# "data of users in China is sent to our servers in London" / "se envían a nuestros servidores en Madrid" /
# "хранятся на наших серверах в Москве": servers in a named place outside the mainland hold data of people in
# China, a transfer abroad (PIPL 38) whether or not the text names the country or says "abroad"
_SERVER_WORDS = ("server", "servidor", "сервер", "data cent", "centro de datos", "centros de datos", "ofis",
                 "alojad", "hosted", "mız", "miz", "muz", "müz")  # (the Azerbaijani "our" suffix: "mərkəzimizə")
# the place may follow a word for a town ("в г. Ярославле", "в городе Казани", "in the city of Almaty", "en la ciudad
# de Lima"), and Spanish may join servers to a city by "de" ("servidores de Ciudad de México"; "servidores de Amazon"
# names an owner, not a place)
# a system hosted in a place is a server there ("nuestro sistema de gestión, alojado en Santiago de Chile", "hosted in
# Frankfurt")
_SERVER_PLACE = re.compile(r"(?:servers?|data cent(?:er|re)s?|servidor(?:es)?|centros? de datos|сервер\w*|alojad[oa]s?|hosted)\b[^.;:]{0,40}?"
                           r"(?:\b(?:in|en|в|во)\s+(?:the\s+)?(?:(?:г\.|город[а-я]*|city of|la ciudad de)\s*)?|(?<=servidores )de\s+(?:la\s+)?[Cc]iudad de\s+)"
                           r"([A-ZÁÉÍÓÚÑА-ЯЁ][\w\-]+(?:\s+[A-ZÁÉÍÓÚÑА-ЯЁ][\w\-]+)?)")
# mainland China and its main cities in the cue languages (folded prefixes): a server there keeps data at home
_PRC_PLACES = ("china", "chin", "prc", "mainland", "beijing", "peking", "pekín", "pekin", "shanghai", "shanghái",
               "shenzhen", "guangzhou", "hangzhou", "chengdu", "nanjing", "wuhan", "tianjin", "chongqing", "suzhou",
               "xiamen", "кнр", "кита", "пекин", "шанха", "шэньчжэн", "гуанчжоу", "ханчжоу", "materik",
               "çin", "quançjou", "şanxay", "şençjen", "urumçi", "ürümçi")
PRC_MENTION = re.compile(r"(?:\bchina\b|\bprc\b|\bmainland\b|\bbeijing\b|\bpek[íi]n\b|\bshangh[aá]i\b|\bshenzhen\b|"
                         r"\bguangzhou\b|\bhangzhou\b|\bкнр\b|китай|китае|пекин|шанха|中国|境内|"
                         r"\bçin\w*|quançjou|şanxay|şençjen|ü?rümçi|urumçi"
                         # other PRC trade towns, as foreign policies spell them ("Yiwu anbarında", "в Харбине")
                         r"|\byiwu\b|\bningbo\b|\bqingdao\b|\btsindao\b|\bharbin\b|\bdalian\b|харбин|циндао|нинбо"
                         # the big PRC cities as Russian, Azerbaijani and Spanish policies spell them (lawmix21)
                         r"|ханчжо|шэньчжэн|шеньчжен|гуанчжо|чэнду|ухан[ьи]|нанкин|сямын|сучжо|xançjou|çendu|\bcantón\b)")


# Azerbaijani puts the place before the servers, in the locative: "Bakıdakı serverlərimizdə", "Londonda yerləşən serverlər"
# (an office there receives them as well: "Quançjoudakı anbarımız ... məlumatları Bakıdakı ofisimizə ötürür")
# ("Bakıdakı qəbul komissiyamıza göndərir": a unit of ours there, named with the first-person plural possessive; "our
# partner" is another party, not a unit of ours)
_SERVER_PLACE_AZ = re.compile(r"\b([A-ZƏÖÜÇŞĞİ][\wəöüçşğı]+?)(?:dakı|dəki|da|də|ta|tə)\s+(?:yerləşən\s+)?(?:server|ofis|"
                              r"(?:[\wəöüçşğı]+\s+){0,2}(?!tərəfdaş|partnyor)[\wəöüçşğı]+(?:ımız|imiz|umuz|ümüz|mız|miz|muz|müz)(?:a|ə|da|də)?\b)")
# a place the policy itself puts in the PRC ("г. Харбин, КНР", "Ningbo (China)"): the stem of its name
_DOC_PRC_PLACE = re.compile(r"\b([A-ZА-ЯЁ][\w\-]{3,})\s*(?:,\s*|\(\s*)(?:КНР|PRC|China|Китай|RPC|ÇXR)\b")
# a town, then its province, then the country ("Beilun, Ningbo, provincia de Zhejiang, República Popular China",
# "Chengdu, Sichuan Province, PRC"): the town before the province is the policy's own PRC town
_DOC_PRC_PLACE_UP = re.compile(r"\b([A-ZА-ЯЁ][\w\-]{3,})\s*,\s*(?:(?:provincia de|province of|провинция)\s+)?[A-ZА-ЯЁ][\w\-]+"
                               r"(?:\s+(?:Province|province|əyaləti))?\s*,\s*(?:República Popular (?:de )?China|People's Republic of China"
                               r"|PRC|China|КНР|Китай|ÇXR)\b")
# the same written from the country down, as PRC addresses are ("КНР, провинция Хэйлунцзян, г. Харбин, ...",
# "Çin Xalq Respublikası, Şandun əyaləti, Tsindao şəhəri"): the town word after the country within one address line
_DOC_PRC_PLACE_DOWN = re.compile(r"(?:\bКНР|Китайск\w* Народн\w* Республик\w*|\bPRC|People's Republic of China|Çin Xalq Respublikası|\bÇXR)\s*,"
                                 # only the address's own parts between: provinces and other capitalised names
                                 r"(?:\s*(?:провинци\w+|[A-ZА-ЯЁÇƏĞİÖŞÜ][\w\-'əöüçşğı]*)(?:\s+(?:[A-ZА-ЯЁÇƏĞİÖŞÜ][\w\-'əöüçşğı]*|[Pp]rovince|"
                                 r"əyaləti|провинци\w+|автономн\w+ район\w*))*\s*,){0,3}?\s*"
                                 r"(?:(?:\bг\.\s*|\bгород\s+|\bcity of\s+)([A-ZА-ЯЁ][\w\-]{3,})"
                                 r"|\b([A-ZÇƏĞİÖŞÜ][\wəöüçşğı\-]{2,})\s+şəhər)")
# the town in the handler's own address, after a word for a town ("г. Владивосток", "city of Almaty", "ciudad de
# Lima") or before the Azerbaijani one ("Bakı şəhəri")
_SEAT_TOWN = re.compile(r"(?:\bг\.\s*|\bгород\s+|\bcity of\s+|\bciudad de\s+)([A-ZА-ЯЁ][\w\-]{3,})"
                        r"|\b([A-ZÇƏĞİÖŞÜ][\wəöüçşğı\-]{2,})\s+şəhər")


# a résumé or CV is personal information whatever word for data the sentence uses
_RESUME = re.compile(r"简历|(?i:\b(?:r[ée]sum[ée]s?|CVs?|currículum|резюме)\b)")

# what is sent is the person's own ("your learning profile", "您的宠物档案"): personal information whatever its noun
_PERSONS_OWN = re.compile(r"您的|你的|(?i:\byour\b|\bsus\b|\bваш\w*|\bsizin\b)")

# a sentence naming people in China to say the service is not for them
_NOT_OFFERED = re.compile(r"\bnot (?:available|offered|provided|intended)|\bcannot\b|\bcan.t\b|недоступ|не доступ|не оказыва|не предоставля|не могут|не может|"
                          r"не предназначен|no (?:está|están) disponible|no pueden|no se ofrece|əlçatan deyil|bilməz|təqdim edilmir",
                          re.IGNORECASE)


def _china_data_on_foreign_servers(text: str, *, china_in_view: bool = False, prc_places: tuple[str, ...] = ()) -> bool:
    """The sentence names servers in a named place that is not in mainland China and holds data of people there:
    said in the sentence itself, or (``china_in_view``) by the policy, which addresses people in China elsewhere
    ("turistas procedentes de la República Popular China" ... "Los datos se almacenan en servidores ubicados en Lima")."""
    low = text.casefold()
    if not any(w in low for w in _SERVER_WORDS):
        return False
    for m in (*_SERVER_PLACE.finditer(text), *_SERVER_PLACE_AZ.finditer(text)):
        place = m.group(1).casefold()
        if place.startswith(_PRC_PLACES + prc_places):
            continue  # "Quançjoudakı anbarımız": a place of ours in China keeps the data at home
        rest = low[:m.start(1)] + low[m.end(1):]
        if china_in_view or PRC_MENTION.search(rest) or any(p in rest for p in prc_places):
            return True
    return False


def _servers_only_in_china(text: str) -> bool:
    """Every server place the sentence names is a place in mainland China ("на серверах в Ханчжоу"), and at least one
    is: the data are kept at home, whatever else the sentence says about foreign users elsewhere."""
    if _MOVED.search(text):
        return False  # "stored on servers in Chengdu and accessed by X in Singapore": reached from abroad
    places = [m.group(1).casefold() for m in (*_SERVER_PLACE.finditer(text), *_SERVER_PLACE_AZ.finditer(text))]
    return bool(places) and all(p.startswith(_PRC_PLACES) for p in places)


# data reached, sent or handed on (not only kept): access from abroad or a transfer in the same sentence
_MOVED = re.compile(r"\b(?:access\w*|transfer\w*|transmit\w*|sen[dt]\w*|acced\w*|transfier\w*|envi\w*|доступ\w*|переда\w*|"
                    r"направля\w*|ötür\w*|göndər\w*|giriş\w*)", re.IGNORECASE)


# data kept, stored or hosted somewhere (en/es/ru/az)
_KEPT = re.compile(r"\b(?:stored|kept|hosted|almacena\w*|alojad\w*|хран(?:ятся|ится|им)|размещ\w+ на сервер|saxlanılır|saxlayırıq)\b",
                   re.IGNORECASE)


def _town_stem(name: str) -> str:
    """A town's name folded, less its last letter (four letters at least): the stem case endings leave alone, so
    "Харбин" is found in "принятых в Харбине" and "Владивосток" in "во Владивосток"."""
    return name.casefold()[:max(4, len(name) - 1)]


# Remote access from abroad to data kept in the PRC is provision abroad (PIPL 38; the CAC's guidance on outbound data
# treats access from outside the territory as a transfer): "our support staff in Colombia access the servers in
# Hangzhou", "可能会从境外访问存储在中国境内的数据", "доступ из-за рубежа". Who accesses matters: the handler's staff,
# team or affiliates do; the user reaching his own data while travelling does not. Literals gate the regexes.
# seeing the data is reaching them ("los agentes pueden ver sus reservas", "support agents can view your orders")
_VIEW_WORDS = ("pueden ver", "puede ver", "pueden consultar", "can view", "can see", "may view", "may see", "просматрива",
               "могут видеть", "baxa bil", "görə bil")
_ACCESS_WORDS = ("access", "acced", "acces", "remot", "доступ", "удалённ", "удаленн", "giriş", "uzaqdan", "访问", "调取", "远程")
_FROM_ABROAD = re.compile(r"\bfrom (?:abroad|overseas|outside (?:of )?(?:mainland )?(?:china|the prc))|\bremotely\b|desde (?:el )?(?:extranjero|exterior|fuera de china)"
                          r"|de forma remota|remotamente|из-за (?:рубежа|границы)|из-за пределов|удал[её]нн\w* доступ|xaricdən|uzaqdan"
                          r"|从境外|自境外|在境外(?:远程)?访问|境外(?:人员|员工|团队|的?关联公司)[^。]{0,20}(?:访问|调取|查看)|远程访问")
# the handler's people in a named place: "support staff in Colombia", "nuestro personal en Bogotá", "сотрудники в Боготе"
_STAFF_IN_PLACE = re.compile(r"(?:\b(?:staff|team|personnel|engineers?|employees|agents|affiliates?|office|subsidiar\w+)"
                             r"|\b(?:personal|equipo|empleados|ingenieros|agentes|oficina|filial)"
                             r"|(?:сотрудник|специалист|персонал|инженер|команд|офис|филиал)\w*"
                             r"|(?:əməkdaş|işçi|mütəxəssis|komanda|ofis|filial)\w*)\s+(?:\w+\s+){0,2}?(?:in|en|в|во)\s+([A-ZÁÉÍÓÚÑА-ЯЁ][\w\-]+)")
# an affiliate named with its seat in brackets: "nuestra filial HanYuYa Europe S.L. (Madrid, …) puede acceder", "our
# subsidiary Acme GmbH (Berlin) may access", "дочерняя компания ООО «Альфа» (г. Москва)"
_AFFILIATE_SEAT = re.compile(r"(?:\b(?:affiliate|subsidiary|filial|subsidiaria)|дочерн\w+ (?:компани\w+|общество)|филиал\w*|filialımız|"
                             r"törəmə şirkət\w*)\s+[^()]{2,60}?\(\s*(?:г\.\s*)?([A-ZÁÉÍÓÚÑА-ЯЁ][\w\-]+)")
# "the data of all other users", "los demás usuarios": a sentence set against the users the one before named
_OTHER_USERS = re.compile(r"(?i:\b(?:other|all other|remaining|rest of (?:our|the))\s+(?:users|customers)|\b(?:otros|demás|restantes)\s+"
                          r"(?:usuarios|clientes)|\b(?:други\w+|остальн\w+|прочи\w+)\s+(?:пользовател|клиент)|\bdigər\s+istifadəçi|\bqalan\s+istifadəçi)")
# the alternatives of ``_FROM_ABROAD`` that name a manner (remote access), not a place abroad
_MERELY_REMOTE = re.compile(r"\bremotely\b|de forma remota|remotamente|удал[её]нн\w* доступ|uzaqdan")
_ACTOR = re.compile(r"\b(?:staff|team|personnel|engineers?|employees|agents|affiliates?|support|we|our)\b|\b(?:personal|equipo|empleados|"
                    r"ingenieros|agentes|soporte|filial)\b|сотрудник|специалист|персонал|инженер|поддержк|команд|мы\b|наш|"
                    r"əməkdaş|işçi|mütəxəssis|komanda|dəstək|biz\b|人员|员工|团队|工程师|客服|关联公司|我们", re.IGNORECASE)


def _remote_access_from_abroad(text: str, *, prc_in_view: bool, prc_places: tuple[str, ...] = ()) -> bool:
    """The sentence has the handler's people outside the PRC access data kept there (see ``_ACCESS_WORDS``): an
    access word, someone abroad (from abroad / staff in a named foreign place) who is the handler's, and the data in
    China, said in the sentence or (``prc_in_view``) stated as stored in China by the policy."""
    low = text.casefold()
    if not any(w in low for w in _ACCESS_WORDS):
        return False
    if not _ACTOR.search(text):
        return False  # "you can access your data while travelling abroad": the user's own access moves nothing
    m = _FROM_ABROAD.search(low)
    abroad = bool(m)
    # "remotely" says how, not from where: staff placed in China by the sentence itself ("our support team is in
    # Hangzhou and may remotely view the logs") reach the data from inside the PRC (lawmix15)
    # nor does the user watching his own camera "remotely" ("so that you can see your doorstep remotely")
    if m and _MERELY_REMOTE.fullmatch(m.group(0)) and (PRC_MENTION.search(low) or any(p in low for p in prc_places)
                                                       or _USER_ACCESS.search(text)):
        abroad = bool(_FROM_ABROAD.search(_MERELY_REMOTE.sub(" ", low)))
    if not abroad:
        for m in [*_STAFF_IN_PLACE.finditer(text), *_AFFILIATE_SEAT.finditer(text)]:
            if not m.group(1).casefold().startswith(_PRC_PLACES + prc_places):  # "our team in Ningbo" of a Ningbo firm
                abroad = True
                break
    if not abroad:
        return False
    return prc_in_view or bool(PRC_MENTION.search(low))


# storage in a place denied ("are not stored in mainland China", "no se almacenan en China"), whatever else the
# sentence goes on to say
_STORAGE_DENIED = re.compile(r"\b(?:not|never)\s+(?:be\s+)?(?:stored|kept|held|hosted)\b|\bno se (?:almacenan|guardan|conservan)\b|\bне хран",
                             re.IGNORECASE)


# a sentence that is only an item label ("B1.", "5.2.", "(a)")
_LABEL_ONLY = re.compile(r"^\W*(?:[A-Za-zА-Яа-яЁё]{0,2}\d+(?:\.\d+)*|[A-Za-zА-Яа-я])[.)]?\W*$")


# a recipient placed by its address in parentheses ("ООО «X» (Российская Федерация, г. Москва)", "X LLC (Almaty,
# Republic of Kazakhstan)"): country or town words inside the brackets
_PAREN_PLACE = re.compile(r"\(([^()]{0,25}(?:Федераци|Республик|Respublikas|Republic|Росси|Казахстан|Azərbaycan|Türkiyə|"
                         r"United States|USA|Singapore|Сингапур|\bг\.\s*[А-ЯЁ]|şəhəri|\bcity of)[^()]{0,90})\)")


def _recipient_abroad(text: str, prc_places: tuple[str, ...], seat_named: bool = False) -> bool:
    """The sentence names where its recipient sits, in brackets, and that place is not in the PRC: a PRC handler
    handing data to it sends them abroad ("передаются курьерской службе ООО «X» (Российская Федерация, г. Москва)",
    "向驾考通控股（香港）有限公司提供": ``seat_named``, cue ``foreign_seat_name``)."""
    if seat_named:
        return True
    if "(" not in text:
        return False
    for m in _PAREN_PLACE.finditer(text):
        inside = m.group(1).casefold()
        if not (PRC_MENTION.search(inside) or any(p in inside for p in prc_places)):
            return True
    return False


# the user reaching his own data ("you can access your data while travelling abroad", "您在境外时也可以访问您的账户")
_USER_ACCESS = re.compile(r"\byou (?:can|may|will be able to|are able to|will still be able to) (?:still |also )?(?:access|log in|view|see|watch|check)\b"
                          r"|\b(?:usted )?(?:puede|podrá) (?:seguir |también )?(?:acceder|consultar)|вы (?:можете|сможете) (?:\w+ )?(?:получ\w+ доступ|заход|войти)"
                          r"|(?:daxil ola|giriş edə|əldə edə) bilərsiniz|(?:您|你)[^。]{0,12}(?:可以|可|能够|能)[^。]{0,10}(?:访问|登录|查看)", re.IGNORECASE)


# the legal form of a company established outside the PRC, as its own country writes it ("S.A. de C.V.", "S.L.", "ООО", "MMC")
_FOREIGN_FORM = re.compile(r"\bS\.\s?A\.(?:\s?(?:de|DE) C\.\s?V\.)?|\bS\.\s?(?:L|R\.\s?L|A\.\s?S)\.|\bLtda\b|\bLLC\b|\bGmbH\b|\bООО\b|\bMMC\b|\bPte\b")


def handler_seat(text: str) -> str:
    """Where the company named in ``text`` (the sentence first naming the handler) is established: "prc" when a PRC town
    or province comes first ("operated by Hangzhou Lingxi Co., Ltd."), "abroad" when a foreign legal form or seat town
    does ("RutaListo, S.A. de C.V., filial de Shenzhen X Co., Ltd., con domicilio en … Ciudad de México"), else "".
    The handler is named before its parent or partners, so the first of the two marks is its own."""
    prc = PRC_MENTION.search(text.casefold())
    foreign = [m.start() for m in (_FOREIGN_FORM.search(text), _SEAT_TOWN.search(text)) if m is not None
               and not (m.re is _SEAT_TOWN and (m.group(1) or m.group(2) or "").casefold().startswith(_PRC_PLACES))]
    if foreign and (prc is None or min(foreign) < prc.start()):
        return "abroad"
    return "prc" if prc is not None else ""


class TransferFacts:
    """The transfer-abroad facts of ``PolicyFacts`` (a mixin: it holds no state of its own)."""

    def _abroad_only_in_assessment(self, s: Sentence) -> bool:
        """The sentence speaks of going abroad only in the name of the CAC procedure ("数据出境安全评估"): a
        commitment to assess is no transfer, unless another word for abroad is left once that name is blanked."""
        if "出境" not in s.text:
            return False
        blanked = _EXIT_ASSESSMENT.sub(lambda m: " " * len(m.group()), s.text)
        if blanked == s.text:
            return False
        return not any(c.search(blanked) for c in cues_for(self.policy.language).get("abroad", ()))

    def _abroad_only_by_prc_town(self, s: Sentence) -> bool:
        """The sentence reads as abroad only through a town the policy itself places in the PRC (its own seat):
        with that town read as "China", no word for abroad is left. The fixed lists of Chinese towns in the cues
        cannot name every town a handler sits in."""
        places = self.doc_prc_places
        low = s.text.casefold()
        # (only a reading that rests on a word for abroad: data from the PRC town moved to the handler's seat
        # abroad, "принятых в Харбине … хранятся в Хабаровске", go abroad through that very town)
        if not places or not self.has("abroad", s.index) or not any(p in low for p in places):
            return False
        blanked = re.sub(r"\b(?:" + "|".join(re.escape(p) for p in places) + r")\w*", "china", low)
        return not any(c.search(blanked) for c in cues_for(self.policy.language).get("abroad", ()))

    @cached_property
    def doc_prc_places(self) -> tuple[str, ...]:
        """Stems of towns the policy itself places in the PRC ("ООО «X» (г. Харбин, КНР)" -> "харби"): a later
        "принятых в Харбине" speaks of China though no list of Chinese towns names it (stem: inflection)."""
        text = self.policy.text
        if not any(w in text for w in ("КНР", "PRC", "China", "Китай", "RPC", "ÇXR", "Çin Xalq")):
            return ()
        stems = {_town_stem(m.group(1)) for m in _DOC_PRC_PLACE.finditer(text)}
        if "," in text:
            stems |= {_town_stem(m.group(1) or m.group(2)) for m in _DOC_PRC_PLACE_DOWN.finditer(text)}
            stems |= {_town_stem(m.group(1)) for m in _DOC_PRC_PLACE_UP.finditer(text)}
        return tuple(sorted(x for x in stems if x not in ("китайск", "republic", "people", "república", "popular", "народн")))

    @cached_property
    def doc_seat_places(self) -> tuple[str, ...]:
        """Stems of the town in the handler's own address, outside the PRC ("ООО «X» (…, г. Владивосток)" ->
        "владивосто"), read from the first sentence that names a legal entity with a town in it."""
        for s in self.where("legal_entity"):
            towns = [m.group(1) or m.group(2) for m in _SEAT_TOWN.finditer(s.text)]
            if towns and self.has("prc_entity", s.index):
                return ()  # a handler seated in China ("г. Харбин, КНР"): its town is no place abroad
            if towns:
                stems = {_town_stem(w) for w in towns}
                return tuple(sorted(x for x in stems if not x.startswith(_PRC_PLACES + self.doc_prc_places)))
        return ()

    def _china_data_to_our_seat(self, s: Sentence) -> bool:
        """"Документы клиентов из КНР, принятые в Харбине, пересылаются во Владивосток": data from China moved to
        the town where the handler itself is established go abroad, though no list of foreign towns names it."""
        seats = self.doc_seat_places
        if not seats or not self.has("transfer_verb", s.index) or self.negated(s):
            return False
        low = s.text.casefold()
        if not any(x in low for x in seats):
            return False
        return (self.has("prc_entity", s.index) or self.has("prc_target", s.index)
                or any(p in low for p in self.doc_prc_places) or bool(PRC_MENTION.search(low)))

    @cached_property
    def doc_foreign_scope(self) -> bool:
        """The policy says in its opening that it is for users outside mainland China ("The data controller for users
        outside mainland China is X Co., Ltd."; "Esta política se aplica a los usuarios de España"), not in the same
        sentence as users in China: the data it stores abroad are theirs (lawmix12)."""
        # (users set against China by name, "outside mainland China": "clientes de América Latina" alone says whom the
        # shop sells to, not that it keeps their data out of China; and data said stored in China are there)
        if any(not self.negated(x) and not _STORAGE_DENIED.search(x.text) for x in self.where("domestic_storage")):
            return False
        return (any(s.index < 15 and not self.negated(s) and not self.has("prc_target", s.index)
                    and PRC_MENTION.search(s.text.casefold()) for s in self.where("foreign_users", headings=True))
                or self._market_only_abroad)

    @cached_property
    def _market_only_abroad(self) -> bool:
        """The opening says where the service is available, offered or sold (cue ``market_abroad``: "disponibles en
        México, Colombia, Chile y España", "доступно пользователям в Республике Казахстан", "Azərbaycanda … satılır"),
        only places outside China, and nothing in the text addresses users in China: an app used and a device sold
        there collect their data there (lawmix21). Not customers "of" a region alone, whom a shop in China may serve."""
        if self.where("prc_target", headings=True) or self.where("prc_persons_role"):
            return False
        # data said kept in a place in China ("Sus datos se almacenan en nuestros servidores de Guangzhou") were collected
        # there, wherever the shop sells
        if any(_KEPT.search(s.text) and PRC_MENTION.search(s.text.casefold()) and not self.negated(s)
               for s in self.policy.sentences if not s.heading):
            return False
        return any(s.index < 15 and not self.negated(s) and not PRC_MENTION.search(s.text.casefold())
                   for s in self.where("market_abroad"))

    @cached_property
    def doc_handler_sentence(self) -> int:
        """The index of the first sentence naming a legal entity near the top, taken as the handler's own (-1: none)."""
        return next((s.index for s in self.where("legal_entity") if s.index < 20), -1)

    @cached_property
    def doc_handler_seat(self) -> str:
        """``handler_seat`` of the sentence naming the handler (lawmix17)."""
        i = self.doc_handler_sentence
        return handler_seat(self.policy.sentences[i].text) if i >= 0 else ""

    def previous_contentful(self, index: int, n: int) -> list[int]:
        """The indices of the ``n`` sentences before ``index`` that say something: bare item labels ("B1.", "5.2.")
        split off as sentences of their own do not put a sentence further from the one it takes up."""
        out, i = [], index - 1
        sentences = self.policy.sentences
        while i >= 0 and len(out) < n:
            if not _LABEL_ONLY.match(sentences[i].text):
                out.append(i)
            i -= 1
        return out

    def _next_reads_data(self, s: Sentence) -> bool:
        """A unit of ours placed abroad whose people, in the next sentence, see or reach the users' data ("Our support
        centre is in Mexico City. Its agents can view your bookings kept on our servers in Shanghai"): the access from
        abroad is said by anaphora, the place in one sentence and the access in the next."""
        sentences = self.policy.sentences
        if s.index + 1 >= len(sentences) or sentences[s.index + 1].heading:
            return False
        nxt = sentences[s.index + 1]
        low = nxt.text.casefold()
        # (or the data are sent to it by anaphora: "… se transmiten a esta empresa", "… bu şirkətə ötürülür")
        reaches = ((any(w in low for w in _ACCESS_WORDS + _VIEW_WORDS) and bool(_ACTOR.search(nxt.text)))
                   or (self.has("party_anaphor", nxt.index) and self.has("transfer_verb", nxt.index)))
        return reaches and any(self.has(k, nxt.index) for k in ("data_word", "pi_word", "personal_items"))

    def _held_in_china(self, s: Sentence, prc_in_view: bool) -> bool:
        """Data of users abroad (``foreign_users``) that still leave China: handed by the PRC handler to a named
        company abroad ("Если вы проживаете за пределами Китая…, мы передаём … компании ООО «Фарм-Логистик» (г.
        Новосибирск)"), or reached by a unit abroad from the servers in China the next sentence names."""
        if self.has("share_verb", s.index) and self.has("legal_entity", s.index) and self.doc_handler_seat == "prc":
            return True
        nxt = self.policy.sentences[s.index + 1] if s.index + 1 < len(self.policy.sentences) else None
        return (nxt is not None and self._next_reads_data(s)
                and (prc_in_view or bool(PRC_MENTION.search(nxt.text.casefold()))))

    @cached_property
    def transfers_abroad(self) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
        """(affirmative transfers, conditional/future ones, denials or domestic storage)."""
        affirmative, conditional, denied = [], [], []
        sentences = self.policy.sentences
        abroad = self.where("abroad")
        known = {s.index for s in abroad}
        abroad += [s for s in self.policy.sentences if s.index not in known and not s.heading and self._china_data_to_our_seat(s)]
        known = {s.index for s in abroad}
        # a policy addressed to people in China (stated anywhere) that keeps its data on servers in a foreign city
        # moves that data abroad, even where the storage sentence does not repeat who the data belong to
        # ("players from China cannot register", "not available in the PRC" say the opposite)
        china_in_view = any(not self.negated(s) and not _NOT_OFFERED.search(s.text)
                            for s in self.where("prc_target", headings=True) + self.where("prc_persons_role"))
        # a handler established in the PRC collects its data there: its servers in a foreign city hold them abroad, though
        # the text never says "China" ("operated by Hangzhou Lingxi Co., Ltd. … Our cloud servers are located in Singapore")
        china_in_view = china_in_view or self.doc_handler_seat == "prc"
        abroad = sorted(abroad + [s for s in self.policy.sentences if s.index not in known
                                  and _china_data_on_foreign_servers(self.text_of(s), china_in_view=china_in_view, prc_places=self.doc_prc_places)],
                        key=lambda s: s.index)
        # a handler seated in the PRC (its own address there, none abroad) that hands data to a recipient whose
        # address in brackets is in another country sends them abroad
        if self.doc_prc_places and not self.doc_seat_places:
            known = {s.index for s in abroad}
            abroad = sorted(abroad + [s for s in self.policy.sentences if s.index not in known and not s.heading
                                      and ("(" in s.text or "（" in s.text) and self.has("transfer_verb", s.index) and not self.negated(s)
                                      and _recipient_abroad(s.text, self.doc_prc_places, self.has("foreign_seat_name", s.index))],
                            key=lambda s: s.index)
        # a transfer to Hong Kong, Macao or Taiwan (a subsidiary, an office, servers there) from a policy of the mainland
        # leaves the mainland: CAC practice applies PIPL 38-39 to it as to any transfer abroad ("传输至我们的香港子公司")
        if self.hits.get("hmt_destination") and (self.policy.language == "zh" or self.doc_prc_places
                                                 or PRC_MENTION.search(self.policy.text[:20000].casefold())):
            known = {s.index for s in abroad}
            abroad = sorted(abroad + [s for s in self.where("hmt_destination") if s.index not in known
                                      and (self.has("transfer_verb", s.index) or self.has("share_verb", s.index))
                                      and (self.has("data_word", s.index) or self.has("pi_word", s.index)
                                           or self.has("personal_items", s.index) or _RESUME.search(s.text)
                                           or _PERSONS_OWN.search(s.text))],
                            key=lambda s: s.index)
        # handing data to a company whose name carries a seat outside the mainland (cue ``foreign_seat_name``: "向驾考通
        # 控股（香港）有限公司提供", "to Acme (Hong Kong) Limited"), the handler not itself seated there: the text need not
        # say "境外"
        if self.hits.get("foreign_seat_name") and not self.doc_seat_places:
            known = {s.index for s in abroad}
            abroad = sorted(abroad + [s for s in self.where("foreign_seat_name") if s.index not in known and not s.heading
                                      and self.has("transfer_verb", s.index)
                                      and self.has("share_verb", s.index) and not self.has("entity_is_us", s.index)
                                      and not self.negated(s)], key=lambda s: s.index)
        # remote access from abroad to data kept in China (``_remote_access_from_abroad``); data stated stored in
        # China, or a policy naming PRC places for itself, puts the data there
        prc_in_view = bool(self.where("domestic_storage")) or bool(self.doc_prc_places)
        remote = {s.index for s in self.policy.sentences if not s.heading
                  and _remote_access_from_abroad(self.text_of(s), prc_in_view=prc_in_view, prc_places=self.doc_prc_places)}
        known = {s.index for s in abroad}
        abroad = sorted(abroad + [s for s in self.policy.sentences if s.index in remote and s.index not in known], key=lambda s: s.index)
        for s in abroad:
            if self.has("user_initiated", s.index) or (s.index not in remote and _USER_ACCESS.search(s.text) and not _ACTOR.search(s.text)):
                continue  # the user's own posting or sending abroad, or his reaching his data from there, is not the handler's transfer
            if self.has("refers_elsewhere", s.index) and not self.has("we_collect", s.index):
                continue  # "on cross-border transfers, please read our group policy": the topic is left to another text
            if not self.has("transfer_verb", s.index) and s.index not in remote and not self._next_reads_data(s):
                continue  # "other countries' common practice" moves no data (access from abroad is itself the transfer)
            if (s.index not in remote and self.doc_seat_places and not self.doc_prc_places
                    and any(x in s.text.casefold() for x in self.doc_seat_places)
                    and not PRC_MENTION.search(s.text.casefold()) and not self.has("prc_target", s.index)
                    and not self.has("prc_entity", s.index) and not self.where("prc_target", headings=True)
                    and not PRC_MENTION.search(self.policy.text.casefold())):
                continue  # "data are sent to our servers in Baku" of a Baku handler whose text never names China: home (lawmix15)
            if s.index not in remote and self._abroad_only_by_prc_town(s):
                continue  # "nuestro equipo en Ningbo accede a los datos" of a Ningbo handler: the data come into China
            if s.index not in remote and _servers_only_in_china(self.text_of(s)):
                denied.append(s)  # "данные пользователей из Китая — на серверах в Ханчжоу": kept at home (lawmix21)
                continue
            if self._abroad_only_in_assessment(s):
                continue  # "我们将开展数据出境安全评估" names a procedure; it moves no data abroad
            if (self.has("foreign_users", s.index) and not self.has("prc_target", s.index) and s.index not in remote
                    and not self._held_in_china(s, prc_in_view)):
                continue  # "information of users in other countries is stored in Frankfurt" never was in China (but their
                # data kept in China and reached from abroad leave it: "para los usuarios de la UE, nuestra filial (Madrid) accede")
            if (s.index not in remote and not self.has("prc_target", s.index) and not PRC_MENTION.search(s.text.casefold())
                    and not _OTHER_USERS.search(s.text)
                    and any(self.has("foreign_users", i) and not self.has("prc_target", i) and not self.negated(sentences[i])
                            for i in self.previous_contentful(s.index, 1))):
                continue  # "Videos of users in Azerbaijan are kept in Frankfurt. Account data are kept in Singapore.": the
                # next sentence goes on about the same users' data, unless it names China (lawmix15)
            if (self.doc_foreign_scope and s.index not in remote and not self.has("prc_target", s.index)
                    and not PRC_MENTION.search(s.text.casefold())):
                continue  # a policy for users outside mainland China: its storage abroad holds their data, not China's
            # "we do not transfer it abroad unless the law requires or permits" describes no transfer
            legal_only = (self.has("negation", s.index) and self.has("law_carve_out", s.index))
            denial = self.negated(s) and not self.has("place_negation", s.index)
            if (self.has("domestic_storage", s.index) and s.index not in remote) or denial or legal_only:
                denied.append(s)
            elif ((self.has("conditional", s.index) and not self.has("residence_condition", s.index))
                  # "将来如确需向境外传输…，我们会…执行。并在传输前再次征求您的同意": the sentence going on with a
                  # conditional transfer keeps its condition (it states no transfer of its own)
                  or (self.has("continues_condition", s.index) and conditional and conditional[-1].index == s.index - 1)):
                conditional.append(s)
            else:
                affirmative.append(s)
        # "We protect such transfers with ..." / "Para esta transferencia hemos ..." right after (or one sentence
        # after) a transfer stated as fact carries it on: what it says (route, consent) is said of that transfer
        said = {s.index for s in affirmative}
        # the sentence that says a unit abroad reaches the data (``_next_reads_data``) states that transfer with it
        for s in list(affirmative):
            if s.index + 1 not in said and not self.has("transfer_verb", s.index) and self._next_reads_data(s):
                affirmative.append(sentences[s.index + 1])
                said.add(s.index + 1)
        for s in self.where("transfer_anaphor"):
            if s.index not in said and any(i in said for i in self.previous_contentful(s.index, 2)) and not self.negated(s):
                affirmative.append(s)
                said.add(s.index)
        affirmative.sort(key=lambda s: s.index)
        return affirmative, conditional, denied
