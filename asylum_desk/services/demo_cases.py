"""Eight invented demo cases for trying Asylum Desk and for demonstrations.

Every person, name, number, unit, station and event below is invented. No case describes a
real person; where a real public organisation is cited (the COI reference), its excerpt is
marked as illustrative. Case numbers are left empty: the vault assigns them on storing.
"""

from __future__ import annotations

from collections.abc import Callable

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.model import (
    Anonymity,
    Case,
    CoiReference,
    Consent,
    Crossing,
    Dependent,
    Event,
    FamilyLocation,
    FamilyMember,
    Flight,
    IdentityDocument,
    Note,
    Order,
    Person,
    PlaceOfOrigin,
    Reason,
    Refusal,
    ServiceDetails,
    ServiceRecord,
    Statement,
)

_CASEWORKERS = ("Esther Lalnunziri", "Rohan Dasgupta", "Mercy Zothansangi")
_INTERPRETERS = ("Nilar Htwe (Burmese–English)", "Khup Lian Mung (Burmese, Tedim–English)")

_AAPP_REPORT = CoiReference(
    title="Daily briefing in relation to the military coup (demonstration entry)",
    publisher="Assistance Association for Political Prisoners (Burma)",
    date=PartialDate(2025, 3, 20),
    url="https://aappb.org/",
    excerpt=(
        'Illustrative excerpt for the demo, not a quotation: "Police and soldiers who '
        "refused orders or joined the civil disobedience movement are being sought, and "
        'their relatives questioned."'
    ),
    document_type="NGO report",
    accessed_on=PartialDate(2025, 4, 2),
    pinpoint="para. 4",
    supports="Risk to police officers who refused orders and to their families",
)


def _d(text: str) -> PartialDate:
    """Read a (partial) ISO date; keeps the data below short."""
    return PartialDate.parse(text)


def _aapp() -> CoiReference:
    """Return a fresh copy of the shared COI entry (cases must not share objects)."""
    return CoiReference(
        title=_AAPP_REPORT.title,
        publisher=_AAPP_REPORT.publisher,
        date=_AAPP_REPORT.date,
        url=_AAPP_REPORT.url,
        excerpt=_AAPP_REPORT.excerpt,
        document_type=_AAPP_REPORT.document_type,
        accessed_on=_AAPP_REPORT.accessed_on,
        pinpoint=_AAPP_REPORT.pinpoint,
        supports=_AAPP_REPORT.supports,
    )


def _police_constable() -> Case:
    """Build a named police constable who refused to shoot protesters and joined the CDM."""
    return Case(
        status=CaseStatus.STATEMENT_DRAFTED,
        registered_on=_d("2025-03-14"),
        caseworker=_CASEWORKERS[0],
        applicant=Person(
            given_names="Min Thet Paing",
            name_original_script="မင်းသက်ပိုင်",
            aliases=["Ko Thet Paing", "Min Thet Paing Oo (as spelled on police ID)"],
            sex=Sex.MALE,
            date_of_birth=_d("1998-07"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="Police constable",
            service=ServiceDetails(
                force="Myanmar Police Force",
                rank="Police Constable",
                unit="Township security company",
                service_number="PC-0-41827",
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Sagaing Region", township="Kalay", village="Nat Chaung"
            ),
            contact="Via caseworker only (shared phone at the shelter)",
        ),
        vulnerabilities=[],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Khin Than Nu",
                age=54,
                location=FamilyLocation(
                    country="MMR",
                    region="Sagaing Region",
                    exact="Nat Chaung ward, Kalay",
                    granularity=LocationGranularity.REGION,
                ),
                situation=FamilySituation.THREATENED,
                last_contact=_d("2025-03-20"),
                notes="Police came to the house twice and asked where her son is.",
            ),
            FamilyMember(
                relationship="younger brother",
                name="Maung Thet Naing",
                age=19,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.DETAINED,
                last_contact=_d("2025-03"),
                notes="Taken to the township police station on 18 March; no charge known.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused an order to fire live rounds at unarmed protesters.",
                ),
                Reason(ReasonCategory.CIVIL_DISOBEDIENCE, "Joined the civil disobedience movement"),
                Reason(
                    ReasonCategory.POLITICAL_OPINION,
                    "Refusal and desertion are treated as opposition to the military.",
                ),
            ],
            statement=Statement(
                text=(
                    "၂၀၂၅ ခုနှစ် မတ်လ ၃ ရက်နေ့တွင် ဆန္ဒပြသူများကို ပစ်ခတ်ရန် အမိန့်ရခဲ့ပါသည်။ "
                    "ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။ ပြည်သူတွေကို ကျွန်တော် မပစ်နိုင်ပါ။ "
                    "ထို့နောက် အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ပါဝင်ခဲ့ပြီး "
                    "အိန္ဒိယနိုင်ငံသို့ ထွက်ပြေးလာခဲ့ပါသည်။ "
                    "ကျွန်တော့်မိသားစုအတွက် အလွန်စိုးရိမ်ပါသည်။"
                ),
                language="my",
                translation=(
                    "On 3 March 2025 I received an order to shoot at protesters. I refused. "
                    "I cannot shoot the people. After that I joined the civil disobedience "
                    "movement and fled to India. I am very worried for my family."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Deployed with his company to guard the township market road",
                    _d("2025-02-08"),
                    "Kalay",
                ),
                Event(
                    "Ordered to load live ammunition and fire on protesters",
                    _d("2025-03-03"),
                    "Kalay",
                ),
                Event(
                    "Left his post and joined the civil disobedience movement",
                    _d("2025-03-04"),
                    "Kalay",
                ),
                Event("Hid with relatives of a colleague", _d("2025-03-05"), "Tahan"),
                Event("Crossed the Tiau river into Mizoram", _d("2025-03-09"), "Zokhawthar"),
            ],
            fears_on_return=(
                "Arrest, prosecution for desertion, torture in interrogation; his family "
                "being pressed to make him surrender."
            ),
        ),
        crossing=Crossing(
            date=_d("2025-03-09"),
            crossing_point="River crossing near Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            route="Kalay – Tahan – Tedim road – on foot to the Tiau river",
            travelled_with="Two colleagues (see service record, pseudonyms only)",
            received_by="Village council volunteers",
            current_location="Church hall shelter, Champhai",
        ),
        documents=[
            IdentityDocument(
                "police ID card", "PC-0-41827", held=True, description="Original, laminated"
            ),
            IdentityDocument(
                "national registration card",
                "5/KaLaNa(N)000417",
                held=False,
                description="Left at the barracks when he fled",
            ),
        ],
        consents=[
            Consent("unhcr", True, False, _d("2025-03-14"), _CASEWORKERS[0], _INTERPRETERS[0]),
            Consent("counsel", True, True, _d("2025-03-14"), _CASEWORKERS[0], _INTERPRETERS[0]),
            Consent(
                "government", False, False, _d("2025-03-14"), _CASEWORKERS[0], _INTERPRETERS[0]
            ),
        ],
        notes=[
            Note(
                "Consistent account across two interviews; police ID card seen.",
                _d("2025-03-21"),
                _CASEWORKERS[0],
            ),
        ],
        coi_refs=[_aapp()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Township security company",
            station="Kalay township police station",
            rank="Police Constable",
            service_number="PC-0-41827",
            joined_on=_d("2019-06"),
            left_on=_d("2025-03-04"),
            duties="Guard duty, traffic control, escort of court detainees.",
            protest_deployments="Deployed to the market road protests, 8 February – 3 March 2025.",
            orders=[
                Order("Disperse the protest 'by any means'", _d("2025-02-28"), "Police Major"),
                Order(
                    "Load live ammunition and fire at protesters who do not disperse",
                    _d("2025-03-03"),
                    "Police Lieutenant Colonel (attached army officer present)",
                ),
            ],
            refusal=Refusal(
                what="Refused to load live rounds and to fire.",
                date=_d("2025-03-03"),
                how="Lowered his rifle, told the sergeant he would not shoot, left the line.",
                witnesses="Two constables of his section (pseudonyms Colleague A, Colleague B).",
            ),
            separation="Joined the civil disobedience movement on 4 March 2025.",
            consequences=(
                "A colleague reports a case opened for desertion; police visited his mother "
                "twice; his younger brother was detained."
            ),
            conduct_statement=(
                "Never used force against civilians or detainees; did not take part in "
                "beatings; witnessed one beating of an arrested student on 1 March and "
                "reported it to no one out of fear."
            ),
            colleagues_who_fled=["Colleague A", "Colleague B"],
            crossing_helpers=["Helper 'Pu T'", "Boatman 'River'"],
        ),
    )


def _anonymous_chin_officer() -> Case:
    """Build an anonymous Chin police lance corporal whose wife and children are in hiding."""
    return Case(
        status=CaseStatus.INTERVIEWED,
        registered_on=_d("2025-03-18"),
        caseworker=_CASEWORKERS[2],
        applicant=Person(
            given_names="Lian Za Thang",
            name_original_script="လျန်ဇသန်",
            aliases=["Thang"],
            sex=Sex.MALE,
            date_of_birth=PartialDate(1990),
            nationality="MMR",
            ethnicity="Chin (Zo)",
            religion="Christian (Baptist)",
            languages=["ctd", "my"],
            occupation="Police lance corporal",
            service=ServiceDetails(
                force="Myanmar Police Force", rank="Police Lance Corporal", unit="Riot squad"
            ),
            place_of_origin=PlaceOfOrigin(country="MMR", region="Chin State", township="Tedim"),
            anonymity=Anonymity(requested=True, pseudonym="Applicant K"),
        ),
        family_left_behind=[
            FamilyMember(
                relationship="wife",
                name="Cing Khawm Nuam",
                age=31,
                location=FamilyLocation(
                    country="MMR",
                    region="Chin State",
                    exact="With relatives in a farm hut outside Tedim",
                    granularity=LocationGranularity.EXACT,
                ),
                situation=FamilySituation.IN_HIDING,
                last_contact=_d("2025-03-16"),
                notes="Exact place recorded at her request for counsel only; never export.",
            ),
            FamilyMember(
                relationship="son",
                name="Pau Sian",
                age=8,
                location=FamilyLocation(
                    country="MMR", region="Chin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.IN_HIDING,
            ),
            FamilyMember(
                relationship="daughter",
                name="Niang Lam",
                date_of_birth=_d("2021-11"),
                location=FamilyLocation(country="MMR", region="Chin State"),
                situation=FamilySituation.IN_HIDING,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to arrest and beat protesters during night raids.",
                ),
                Reason(
                    ReasonCategory.ETHNICITY,
                    "Chin officers are suspected of siding with local resistance.",
                ),
            ],
            statement=Statement(
                text=(
                    "ညအချိန် ဆန္ဒပြသူများကို ဖမ်းဆီးရန်နှင့် ရိုက်နှက်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် မလိုက်နာခဲ့ပါ။ "
                    "ကျွန်တော့်ဇနီးနှင့် ကလေးနှစ်ယောက်သည် ယခု ပုန်းအောင်းနေရပါသည်။"
                ),
                language="my",
                translation=(
                    "We were ordered to arrest and beat protesters at night. I did not obey. "
                    "My wife and our two children are now in hiding."
                ),
                interpreter=_INTERPRETERS[1],
            ),
            events=[
                Event("Night raids on protest organisers' homes begin", _d("2025-02-20"), "Tedim"),
                Event("Refused to join a night raid", _d("2025-02-26"), "Tedim"),
                Event("Left the station at night", _d("2025-03-01"), "Tedim"),
                Event("Crossed into Mizoram on foot", _d("2025-03-12")),
            ],
            fears_on_return="Court-martial-style punishment, torture, reprisals on his family.",
        ),
        crossing=Crossing(
            date=_d("2025-03-12"),
            crossing_point="Forest footpath to the Tiau river, north of Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Alone",
            received_by="Young Mizo Association volunteers",
            current_location="Private house, Champhai district (address with caseworker)",
        ),
        documents=[
            IdentityDocument("police ID card", held=True, description="Photo page water-damaged"),
            IdentityDocument(
                "national registration card",
                held=False,
                description="Taken by his commanding officer with his leave pass",
            ),
        ],
        consents=[
            Consent("unhcr", False, False, _d("2025-03-18"), _CASEWORKERS[2], _INTERPRETERS[1]),
            Consent("counsel", True, True, _d("2025-03-18"), _CASEWORKERS[2], _INTERPRETERS[1]),
        ],
        notes=[
            Note(
                "Asked that no photograph be taken. Pseudonym chosen by the applicant.",
                _d("2025-03-18"),
                _CASEWORKERS[2],
            ),
        ],
        coi_refs=[_aapp()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Riot squad",
            station="Tedim township police station",
            rank="Police Lance Corporal",
            service_number="LC-0-22904",
            joined_on=_d("2012"),
            left_on=_d("2025-03-01"),
            duties="Station guard, patrols; riot squad from February 2025.",
            protest_deployments="Night raids and day patrols, 20 February – 28 February 2025.",
            orders=[
                Order(
                    "Arrest the organisers on the list and 'teach them a lesson'",
                    _d("2025-02-26"),
                    "Police Captain",
                ),
            ],
            refusal=Refusal(
                what="Did not join the raid and did not hand over the list.",
                date=_d("2025-02-26"),
                how="Reported sick, then stayed away from the night muster.",
                witnesses="The duty sergeant (name withheld).",
            ),
            separation="Deserted; sent a message to his section that he would not return.",
            consequences="Officers searched his family house; his wife then went into hiding.",
            conduct_statement=(
                "Took part in crowd control without force before February 2025; never "
                "beat or harmed anyone; was not present at any interrogation."
            ),
            colleagues_who_fled=["Colleague K2"],
            crossing_helpers=["Helper 'Uncle'"],
        ),
    )


def _anonymous_soldier() -> Case:
    """Build an anonymous soldier who refused to fire on villagers and deserted."""
    return Case(
        status=CaseStatus.REGISTERED,
        registered_on=_d("2026-02-27"),
        caseworker=_CASEWORKERS[1],
        applicant=Person(
            given_names="Ye Lin Naing",
            name_original_script="ရဲလင်းနိုင်",
            sex=Sex.MALE,
            date_of_birth=PartialDate(2001),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my"],
            occupation="Soldier (private)",
            service=ServiceDetails(
                force="Myanmar Army", rank="Private", unit="Light Infantry Battalion 901"
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Magway Region", township="Pakokku"
            ),
            anonymity=Anonymity(requested=True, pseudonym="Applicant S"),
        ),
        vulnerabilities=[Vulnerability.MEDICAL],
        family_left_behind=[
            FamilyMember(
                relationship="father",
                name="U Tun Naing",
                age=58,
                location=FamilyLocation(
                    country="MMR", region="Magway Region", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.DETAINED,
                last_contact=_d("2026-02"),
                notes="Taken by soldiers; relatives were told he would be released if his "
                "son surrenders (hostage-taking).",
            ),
            FamilyMember(
                relationship="mother",
                name="Daw San San Myint",
                age=55,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.THREATENED,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to fire on villagers and to set houses on fire.",
                ),
                Reason(
                    ReasonCategory.FORCED_RECRUITMENT,
                    "Recruited at 17 under pressure on his family.",
                ),
            ],
            statement=Statement(
                text=(
                    "ကျေးရွာကို မီးရှို့ရန်နှင့် ရွာသားများကို ပစ်ခတ်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် မလုပ်ခဲ့ပါ။ တပ်မှ ထွက်ပြေးခဲ့ပါသည်။ "
                    "ပြန်သွားလျှင် ကျွန်တော့်ကို သတ်ပစ်မည်ဟု ကြောက်ပါသည်။"
                ),
                language="my",
                translation=(
                    "We were ordered to burn the village and shoot villagers. I did not do "
                    "it. I ran away from the army. I am afraid that if I go back I will be "
                    "killed."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Column ordered to clear a village suspected of hiding resistance fighters",
                    _d("2026-02-10"),
                ),
                Event("Refused to fire; hid in a paddy field", _d("2026-02-11")),
                Event("Walked north-west for nine days", _d("2026-02-12")),
                Event("Crossed into Manipur", _d("2026-02-21"), "Tengnoupal district"),
            ],
            fears_on_return="Execution or long imprisonment for desertion.",
        ),
        crossing=Crossing(
            date=_d("2026-02-21"),
            crossing_point="Hill path near the border road, Tengnoupal district",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Through Sagaing Region forests to Tamu township, then on foot",
            travelled_with="Alone",
            current_location="Staying with a church family, Tengnoupal district",
        ),
        documents=[
            IdentityDocument("military ID card", held=False, description="Thrown away in flight"),
            IdentityDocument(
                "national registration card", held=False, description="Kept by the battalion"
            ),
        ],
        consents=[
            Consent("counsel", True, False, _d("2026-02-27"), _CASEWORKERS[1], _INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Foot wounds from the walk; referred to the clinic.",
                _d("2026-02-27"),
                _CASEWORKERS[1],
            ),
            Note(
                "Conduct statement needs a second, careful interview (exclusion questions).",
                _d("2026-02-28"),
                _CASEWORKERS[1],
            ),
        ],
        service_record=ServiceRecord(
            force="Myanmar Army",
            unit="Light Infantry Battalion 901, No. 2 Company",
            station="Battalion headquarters (location withheld)",
            rank="Private",
            service_number="A-0091204",
            joined_on=_d("2018-09"),
            left_on=_d("2026-02-11"),
            duties="Infantry, sentry, porter escort.",
            orders=[
                Order("Burn the houses and shoot anyone who runs", _d("2026-02-11"), "Captain"),
            ],
            refusal=Refusal(
                what="Did not fire and did not burn houses.",
                date=_d("2026-02-11"),
                how="Fell back from the column and hid until nightfall.",
                witnesses="None he can name safely.",
            ),
            separation="Deserted.",
            consequences="Soldiers took his father from the family home.",
            conduct_statement=(
                "Was present at two village operations in 2025 as a sentry outside the "
                "village; says he never fired at people. To be explored in a second interview."
            ),
            colleagues_who_fled=[],
            crossing_helpers=["Villager 'Grandmother'"],
        ),
    )


def _family_police_sergeant() -> Case:
    """Build a named police sergeant who fled with her husband and small daughter."""
    return Case(
        status=CaseStatus.PACKET_READY,
        registered_on=_d("2025-03-25"),
        caseworker=_CASEWORKERS[0],
        applicant=Person(
            given_names="Thiri Hnin Wai",
            name_original_script="သီရိနှင်းဝေ",
            aliases=["Ma Thiri"],
            sex=Sex.FEMALE,
            date_of_birth=_d("1992-01-23"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="Police sergeant",
            service=ServiceDetails(
                force="Myanmar Police Force",
                rank="Police Sergeant",
                unit="Women police section",
                service_number="SGT-0-77310",
            ),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Mandalay Region", township="Chanayethazan"
            ),
        ),
        vulnerabilities=[Vulnerability.CHILD],
        dependents=[
            Dependent(
                relationship="husband",
                given_names="Aung Kyaw Moe",
                name_original_script="အောင်ကျော်မိုး",
                sex=Sex.MALE,
                date_of_birth=_d("1989"),
                nationality="MMR",
                languages=["my"],
                occupation="Mechanic",
            ),
            Dependent(
                relationship="daughter",
                given_names="Su Myat Noe",
                name_original_script="ဆုမြတ်နိုး",
                sex=Sex.FEMALE,
                date_of_birth=_d("2020-06"),
                nationality="MMR",
                languages=["my"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Hla Hla Wai",
                age=61,
                location=FamilyLocation(
                    country="MMR",
                    region="Mandalay Region",
                    exact="A monastery compound outside Mandalay",
                    granularity=LocationGranularity.COUNTRY,
                ),
                situation=FamilySituation.IN_HIDING,
                last_contact=_d("2025-03-22"),
                safe_to_contact=False,
            ),
            FamilyMember(
                relationship="brother",
                name="Ko Zaw Wai",
                age=35,
                location=FamilyLocation(country="MMR"),
                situation=FamilySituation.UNKNOWN,
                notes="No news since March.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to arrest and search female students at a protest.",
                ),
                Reason(
                    ReasonCategory.CIVIL_DISOBEDIENCE,
                    "Joined the civil disobedience movement with her section.",
                ),
            ],
            statement=Statement(
                text=(
                    "ဆန္ဒပြနေသော ကျောင်းသူများကို ဖမ်းဆီးရန် အမိန့်ရခဲ့ပါသည်။ "
                    "ကျွန်မ ငြင်းဆန်ခဲ့ပါသည်။ "
                    "ကျွန်မ၏ ခင်ပွန်းနှင့် သမီးနှင့်အတူ ထွက်ပြေးလာခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I was ordered to arrest female students who were protesting. I refused. "
                    "I fled together with my husband and our daughter."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Women police section sent to a university protest",
                    _d("2025-02-22"),
                    "Mandalay",
                ),
                Event("Refused to arrest students", _d("2025-02-27"), "Mandalay"),
                Event("Joined the civil disobedience movement", _d("2025-02-28"), "Mandalay"),
                Event("Travelled by bus and motorbike to Kalay with family", _d("2025-03-10")),
                Event("Crossed into Mizoram", _d("2025-03-17"), "Champhai district"),
            ],
            fears_on_return="Arrest under the charges opened against CDM police officers.",
        ),
        crossing=Crossing(
            date=_d("2025-03-17"),
            crossing_point="River crossing near Zokhawthar",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Husband and daughter",
            received_by="Church volunteers",
            current_location="Rented room, Aizawl",
        ),
        documents=[
            IdentityDocument("police ID card", "SGT-0-77310", held=True),
            IdentityDocument("national registration card", "9/MaHaNa(N)000233", held=True),
            IdentityDocument("household list", held=False, description="Left at her mother's"),
        ],
        consents=[
            Consent("government", True, False, _d("2025-04-02"), _CASEWORKERS[0], _INTERPRETERS[0]),
            Consent("unhcr", True, True, _d("2025-04-02"), _CASEWORKERS[0], _INTERPRETERS[0]),
            Consent("counsel", True, True, _d("2025-04-02"), _CASEWORKERS[0], _INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Packet for UNHCR ready; family annex limited to country level.",
                _d("2025-04-10"),
                _CASEWORKERS[0],
            ),
        ],
        coi_refs=[_aapp()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Women police section",
            station="District police office, Mandalay",
            rank="Police Sergeant",
            service_number="SGT-0-77310",
            joined_on=_d("2013-04"),
            left_on=_d("2025-02-28"),
            duties="Searches of female detainees, records, station duty.",
            protest_deployments="University protest, 22 – 27 February 2025.",
            orders=[
                Order(
                    "Arrest the female student leaders and search them",
                    _d("2025-02-27"),
                    "Police Major",
                ),
            ],
            refusal=Refusal(
                what="Refused to make the arrests.",
                date=_d("2025-02-27"),
                how="Told her commander in front of the section that she would not.",
                witnesses="Four women constables (pseudonyms W1–W4).",
            ),
            separation="Joined the civil disobedience movement on 28 February 2025.",
            consequences="Suspended, then a warrant reported by a former colleague.",
            conduct_statement=(
                "Searched female detainees in the course of duty before 2025; never used "
                "force or took part in ill-treatment."
            ),
            colleagues_who_fled=["W2"],
            crossing_helpers=["Driver 'Ko Moto'"],
        ),
    )


def _anonymous_kachin_officer() -> Case:
    """Build an anonymous Kachin police corporal who refused to beat detainees."""
    return Case(
        status=CaseStatus.SUBMITTED,
        registered_on=_d("2025-04-03"),
        caseworker=_CASEWORKERS[1],
        applicant=Person(
            given_names="Brang Awng",
            family_name="Lahpai",
            name_original_script="လဖိုင်ဘရန်အောင်",
            sex=Sex.MALE,
            date_of_birth=_d("1986"),
            nationality="MMR",
            ethnicity="Kachin (Jinghpaw)",
            religion="Christian (Baptist)",
            languages=["kac", "my"],
            occupation="Police corporal",
            service=ServiceDetails(force="Myanmar Police Force", rank="Police Corporal"),
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Kachin State", township="Myitkyina"
            ),
            anonymity=Anonymity(requested=True, pseudonym="Applicant M"),
        ),
        vulnerabilities=[Vulnerability.TORTURE_SURVIVOR],
        family_left_behind=[
            FamilyMember(
                relationship="wife",
                name="Nang Seng Lu",
                age=36,
                location=FamilyLocation(
                    country="MMR", region="Kachin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.THREATENED,
                last_contact=_d("2025-03-30"),
                notes="Questioned twice by special branch about her husband.",
            ),
            FamilyMember(
                relationship="father",
                name="Lahpai Gam",
                situation=FamilySituation.DECEASED,
                location=FamilyLocation(country="MMR"),
                notes="Died in 2019; not related to the claim.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.REFUSED_UNLAWFUL_ORDER,
                    "Refused to beat detainees during interrogation.",
                ),
                Reason(ReasonCategory.RELIGION, "Kachin Christians singled out at the station."),
                Reason(ReasonCategory.ETHNICITY, "Accused of links to Kachin armed groups."),
            ],
            statement=Statement(
                text=(
                    "အကျဉ်းသားများကို စစ်ဆေးမေးမြန်းစဉ် ရိုက်နှက်ရန် အမိန့်ပေးခဲ့ပါသည်။ "
                    "ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။ "
                    "ထို့ကြောင့် ကျွန်တော့်ကို ချုပ်နှောင်ပြီး ရိုက်နှက်ခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I was ordered to beat detainees during interrogation. I refused. "
                    "Because of that I was locked up and beaten."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event(
                    "Assigned to guard detainees at the interrogation centre",
                    _d("2025-02-15"),
                    "Myitkyina",
                ),
                Event("Refused to beat a detainee", _d("2025-02-19")),
                Event("Held in the station lock-up for five days and beaten", _d("2025-02-20")),
                Event("Released on a warning; fled the same week", _d("2025-02-25")),
                Event("Crossed into Manipur", _d("2025-03-20"), "Tengnoupal district"),
            ],
            fears_on_return="Detention and torture as a deserter and suspected informer.",
        ),
        crossing=Crossing(
            date=_d("2025-03-20"),
            crossing_point="Near the Moreh border market (on foot, at night)",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Myitkyina – Homalin – Tamu by river boat and road",
            travelled_with="One colleague (pseudonym Colleague M2)",
            current_location="Imphal (address with caseworker)",
        ),
        documents=[
            IdentityDocument("police ID card", held=True, description="Original"),
            IdentityDocument("national registration card", held=False, description="Lost"),
            IdentityDocument(
                "medical report", held=True, description="Clinic note on healed injuries, Imphal"
            ),
        ],
        consents=[
            Consent(
                "government", False, False, _d("2025-04-03"), _CASEWORKERS[1], _INTERPRETERS[0]
            ),
            Consent("unhcr", True, False, _d("2025-04-03"), _CASEWORKERS[1], _INTERPRETERS[0]),
            Consent("counsel", True, True, _d("2025-04-03"), _CASEWORKERS[1], _INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Submitted to UNHCR with identity disclosed, family withheld.",
                _d("2025-05-06"),
                _CASEWORKERS[1],
            ),
        ],
        coi_refs=[_aapp()],
        service_record=ServiceRecord(
            force="Myanmar Police Force",
            unit="Special branch detention guard",
            station="Myitkyina interrogation centre",
            rank="Police Corporal",
            service_number="CPL-0-50621",
            joined_on=_d("2008"),
            left_on=_d("2025-02-25"),
            duties="Detention guard, escort.",
            orders=[
                Order(
                    "Beat the detainee until he names the protest organisers",
                    _d("2025-02-19"),
                    "Police Captain (special branch)",
                ),
            ],
            refusal=Refusal(
                what="Refused to beat the detainee.",
                date=_d("2025-02-19"),
                how="Put down the baton and stepped out of the room.",
                witnesses="Another guard (pseudonym Colleague M2), the detainee.",
            ),
            separation="Fled after release from the lock-up; did not report back.",
            consequences="Held and beaten for five days; wife questioned twice.",
            conduct_statement=(
                "Witnessed beatings of detainees by special branch officers in February "
                "2025; did not take part; refused when ordered."
            ),
            colleagues_who_fled=["Colleague M2"],
            crossing_helpers=["Boat owner 'Chindwin'"],
        ),
    )


def _cdm_teacher() -> Case:
    """Build a named teacher in the civil disobedience movement, with her son."""
    return Case(
        status=CaseStatus.DECIDED,
        registered_on=_d("2025-03-28"),
        caseworker=_CASEWORKERS[2],
        applicant=Person(
            given_names="May Thazin Oo",
            name_original_script="မေသဇင်ဦး",
            aliases=["Daw May Thazin Oo", "Tharzin"],
            sex=Sex.FEMALE,
            date_of_birth=_d("1984-10-02"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="High-school teacher (mathematics)",
            place_of_origin=PlaceOfOrigin(
                country="MMR", region="Sagaing Region", township="Monywa"
            ),
        ),
        vulnerabilities=[Vulnerability.SINGLE_PARENT],
        dependents=[
            Dependent(
                relationship="son",
                given_names="Htet Aung Oo",
                name_original_script="ထက်အောင်ဦး",
                sex=Sex.MALE,
                date_of_birth=_d("2014"),
                nationality="MMR",
                languages=["my"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="mother",
                name="Daw Mya Sein",
                age=72,
                location=FamilyLocation(country="MMR", region="Sagaing Region"),
                situation=FamilySituation.SAFE,
                last_contact=_d("2025-03-25"),
                safe_to_contact=True,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.CIVIL_DISOBEDIENCE,
                    "Stopped teaching at the state school in protest at the coup.",
                ),
                Reason(ReasonCategory.POLITICAL_OPINION, "Organised a teachers' strike."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်မသည် အခြေခံပညာ အထက်တန်းကျောင်းတွင် ကျောင်းဆရာမ ဖြစ်ပါသည်။ "
                    "အာဏာဖီဆန်ရေးလှုပ်ရှားမှုတွင် ပါဝင်ခဲ့သဖြင့် "
                    "ကျွန်မကို ဖမ်းဝရမ်း ထုတ်ခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "I am a teacher at a basic education high school. Because I took part in "
                    "the civil disobedience movement, a warrant for my arrest was issued."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event("Stopped work with other teachers of her school", _d("2025-02-08"), "Monywa"),
                Event("Told by the education office to return or be dismissed", _d("2025-02-20")),
                Event("Warrant reported in state media", _d("2025-03-06")),
                Event("Crossed into Mizoram with her son", _d("2025-03-19"), "Champhai district"),
            ],
            fears_on_return="Imprisonment for incitement; loss of her son's schooling and safety.",
        ),
        crossing=Crossing(
            date=_d("2025-03-19"),
            crossing_point="Border bridge area near Zokhawthar (on foot)",
            district="Champhai",
            state="Mizoram",
            country="IND",
            travelled_with="Son",
            current_location="Aizawl",
        ),
        documents=[
            IdentityDocument("national registration card", "5/MaYaNa(N)000951", held=True),
            IdentityDocument("teacher's service book", held=True, description="Photocopy"),
        ],
        consents=[
            Consent("government", True, True, _d("2025-03-28"), _CASEWORKERS[2]),
            Consent("unhcr", True, True, _d("2025-03-28"), _CASEWORKERS[2]),
        ],
        notes=[
            Note(
                "Long-term visa request decided; keep file open for the son's schooling.",
                _d("2025-09-15"),
                _CASEWORKERS[2],
            ),
        ],
        coi_refs=[_aapp()],
    )


def _student_protester() -> Case:
    """Build a named student protester, arrested and beaten, who fled to Manipur."""
    return Case(
        status=CaseStatus.CLOSED,
        closed_reason="Moved to another city; file transferred to the office there.",
        registered_on=_d("2026-03-05"),
        caseworker=_CASEWORKERS[1],
        applicant=Person(
            given_names="Kaung Myat Thu",
            name_original_script="ကောင်းမြတ်သူ",
            aliases=["Kaung Kaung"],
            sex=Sex.MALE,
            date_of_birth=_d("2004-05-11"),
            nationality="MMR",
            ethnicity="Bamar",
            religion="Buddhist",
            languages=["my", "en"],
            occupation="University student (engineering)",
            place_of_origin=PlaceOfOrigin(country="MMR", region="Yangon Region", township="Hlaing"),
        ),
        vulnerabilities=[Vulnerability.TORTURE_SURVIVOR, Vulnerability.MEDICAL],
        family_left_behind=[
            FamilyMember(
                relationship="father",
                name="U Myat Kyaw",
                location=FamilyLocation(
                    country="MMR",
                    region="Yangon Region",
                    exact="Hlaing township",
                    granularity=LocationGranularity.EXACT,
                ),
                situation=FamilySituation.THREATENED,
                notes="Soldiers left a summons for his son at the house.",
            ),
            FamilyMember(
                relationship="sister",
                name="Ma Hnin Thu",
                age=24,
                location=FamilyLocation(country="THA"),
                situation=FamilySituation.SAFE,
                safe_to_contact=True,
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(
                    ReasonCategory.PROTEST_PARTICIPATION,
                    "Front-line organiser of student protests.",
                ),
                Reason(ReasonCategory.POLITICAL_OPINION, "Students' union member."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်တော်သည် ကျောင်းသားသမဂ္ဂ အဖွဲ့ဝင်ဖြစ်ပြီး "
                    "ဆန္ဒပြပွဲများတွင် ပါဝင်ခဲ့ပါသည်။ "
                    "ဖမ်းဆီးခံရပြီး စစ်ကြောရေးတွင် ရိုက်နှက်ခံခဲ့ရပါသည်။"
                ),
                language="my",
                translation=(
                    "I am a member of the students' union and took part in the protests. "
                    "I was arrested and beaten during interrogation."
                ),
                interpreter=_INTERPRETERS[0],
            ),
            events=[
                Event("Led a student march", _d("2026-02-06"), "Yangon"),
                Event("Arrested at a checkpoint", _d("2026-02-14"), "Yangon"),
                Event("Beaten in an interrogation centre for three days", _d("2026-02-15")),
                Event("Released after relatives paid; went into hiding", _d("2026-02-18")),
                Event("Crossed into Manipur", _d("2026-03-01"), "Tengnoupal district"),
            ],
            fears_on_return="Re-arrest, torture and a long prison sentence.",
        ),
        crossing=Crossing(
            date=_d("2026-03-01"),
            crossing_point="Unofficial crossing near the border market",
            district="Tengnoupal",
            state="Manipur",
            country="IND",
            route="Yangon – Mandalay – Kalewa – Tamu by bus and on foot",
            travelled_with="Two students (pseudonyms S1, S2)",
        ),
        documents=[
            IdentityDocument("student card", held=True),
            IdentityDocument(
                "national registration card", held=False, description="Confiscated at arrest"
            ),
        ],
        consents=[
            Consent("unhcr", True, False, _d("2026-03-05"), _CASEWORKERS[1], _INTERPRETERS[0]),
        ],
        notes=[
            Note(
                "Scars on back and wrists noted; medical referral made.",
                _d("2026-03-05"),
                _CASEWORKERS[1],
            ),
        ],
        coi_refs=[_aapp()],
    )


def _chin_grandmother() -> Case:
    """Build an elderly Chin Christian woman whose village was bombed, with a grandson."""
    return Case(
        status=CaseStatus.REGISTERED,
        registered_on=_d("2026-03-11"),
        caseworker=_CASEWORKERS[2],
        applicant=Person(
            given_names="Sui Tin Par",
            name_original_script="ဆွီတင်ပါ",
            sex=Sex.FEMALE,
            date_of_birth=PartialDate(1955),
            nationality="MMR",
            ethnicity="Chin (Matu)",
            religion="Christian",
            languages=["hlt", "my"],
            occupation="Farmer",
            place_of_origin=PlaceOfOrigin(country="MMR", region="Chin State", township="Matupi"),
        ),
        vulnerabilities=[Vulnerability.ELDERLY, Vulnerability.MEDICAL, Vulnerability.CHILD],
        dependents=[
            Dependent(
                relationship="grandson",
                given_names="Van Lal Hming",
                sex=Sex.MALE,
                date_of_birth=_d("2016"),
                nationality="MMR",
                languages=["hlt"],
            ),
        ],
        family_left_behind=[
            FamilyMember(
                relationship="son",
                name="Pa Thang",
                age=45,
                location=FamilyLocation(
                    country="MMR", region="Chin State", granularity=LocationGranularity.REGION
                ),
                situation=FamilySituation.IN_HIDING,
                notes="Hiding in the forest near the village.",
            ),
            FamilyMember(
                relationship="daughter-in-law",
                situation=FamilySituation.DECEASED,
                location=FamilyLocation(country="MMR"),
                notes="Killed in the air strike.",
            ),
        ],
        flight=Flight(
            reasons=[
                Reason(ReasonCategory.ETHNICITY, "Chin villages targeted as resistance areas."),
                Reason(ReasonCategory.RELIGION, "The village church was bombed."),
                Reason(ReasonCategory.GENERALISED_VIOLENCE, "Air strikes on the village."),
            ],
            statement=Statement(
                text=(
                    "ကျွန်မတို့ရွာကို လေကြောင်းမှ ဗုံးကြဲတိုက်ခိုက်ခဲ့ပါသည်။ "
                    "ဘုရားကျောင်းလည်း ပျက်စီးသွားပါသည်။ "
                    "မြေးနှင့်အတူ ထွက်ပြေးလာခဲ့ပါသည်။"
                ),
                language="my",
                translation=(
                    "Our village was bombed from the air. The church was destroyed too. "
                    "I fled with my grandson."
                ),
                interpreter=_INTERPRETERS[1],
            ),
            events=[
                Event("Air strike on the village and church", _d("2026-02")),
                Event("Walked to the Kaladan river with other families", _d("2026-03")),
                Event("Crossed the river into Mizoram", _d("2026-03-08"), "Lawngtlai district"),
            ],
            fears_on_return="Further air strikes; no one left to care for her grandson.",
        ),
        crossing=Crossing(
            date=_d("2026-03-08"),
            crossing_point="River crossing on the Kaladan, Lawngtlai district",
            district="Lawngtlai",
            state="Mizoram",
            country="IND",
            travelled_with="Grandson and four neighbouring families",
            received_by="Village council",
            current_location="Relief camp, Lawngtlai district",
        ),
        documents=[
            IdentityDocument(
                "national registration card", held=False, description="Burned with the house"
            ),
        ],
        consents=[
            Consent("unhcr", True, True, _d("2026-03-11"), _CASEWORKERS[2], _INTERPRETERS[1]),
            Consent(
                "government", False, False, _d("2026-03-11"), _CASEWORKERS[2], _INTERPRETERS[1]
            ),
        ],
        notes=[
            Note(
                "Needs blood-pressure medication; grandson not in school.",
                _d("2026-03-11"),
                _CASEWORKERS[2],
            ),
        ],
    )


_BUILDERS: tuple[Callable[[], Case], ...] = (
    _police_constable,
    _anonymous_chin_officer,
    _anonymous_soldier,
    _family_police_sergeant,
    _anonymous_kachin_officer,
    _cdm_teacher,
    _student_protester,
    _chin_grandmother,
)


def demo_cases() -> list[Case]:
    """Return eight invented, fully filled-in cases (fresh objects on every call)."""
    return [build() for build in _BUILDERS]
