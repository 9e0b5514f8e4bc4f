<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>AddOfficeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/address_book_dialog.py" line="+58"/>
        <source>Add an office</source>
        <translation>ရုံးတစ်ရုံး ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the identity line the other office sent you. Then phone that office, ask them to read out their fingerprint, and type it below. Add the office only if the two are the same.</source>
        <translation>အခြားရုံးက ပို့ပေးသော အထောက်အထားစာကြောင်းကို ဤနေရာတွင် ကူးထည့်ပါ။ ထို့နောက် ထိုရုံးကို ဖုန်းဆက်ပြီး ၎င်းတို့၏ လက်ဗွေကို ဖတ်ပြခိုင်းကာ အောက်တွင် ရိုက်ထည့်ပါ။ နှစ်ခု တူညီမှသာ ရုံးကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity line of the other office</source>
        <translation>အခြားရုံး၏ အထောက်အထားစာကြောင်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office of this identity</source>
        <translation>ဤအထောက်အထား၏ ရုံး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of this identity</source>
        <translation>ဤအထောက်အထား၏ လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint read out by phone</source>
        <translation>ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do the fingerprints match</source>
        <translation>လက်ဗွေများ ကိုက်ညီပါသလား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>ပြဿနာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identity line</source>
        <translation>အထောက်အထားစာကြောင်း(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>ရုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint</source>
        <translation>၎င်း၏ လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint read out by &amp;phone</source>
        <translation>ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေ(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add office</source>
        <translation>ရုံး ထည့်ရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The fingerprints are the same.</source>
        <translation>လက်ဗွေများ တူညီပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints are NOT the same: do not add this office.</source>
        <translation>လက်ဗွေများ မတူညီပါ- ဤရုံးကို မထည့်ပါနှင့်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the other office&apos;s identity line first.</source>
        <translation>အခြားရုံး၏ အထောက်အထားစာကြောင်းကို အရင် ကူးထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the fingerprint the other office read out to you by phone.</source>
        <translation>အခြားရုံးက ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/add_user_dialog.py" line="+70"/>
        <source>Add a user</source>
        <translation>အသုံးပြုသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>အသုံးပြုသူအမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. thida</source>
        <translation>ဥပမာ thida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now hand the keyboard to the new user. They type a passphrase of their own, twice, while nobody watches; nobody else should ever know it. A few ordinary words are easy to remember and hard to guess.</source>
        <translation>ယခု ကီးဘုတ်ကို အသုံးပြုသူအသစ်ထံ လွှဲပေးပါ။ မည်သူမျှ မကြည့်နေစဉ် ၎င်းတို့ကိုယ်ပိုင် စကားဝှက်စာကြောင်းကို နှစ်ကြိမ် ရိုက်ထည့်ရပါမည်။ အခြားမည်သူမျှ မသိသင့်ပါ။ သာမန်စကားလုံး အနည်းငယ်သည် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်ပါသည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>အမည်(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>တာဝန်(&amp;R):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their &amp;passphrase:</source>
        <translation>၎င်းတို့၏ စကားဝှက်စာကြောင်း(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user status</source>
        <translation>အသုံးပြုသူ ထည့်ခြင်း အခြေအနေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add user</source>
        <translation>အသုံးပြုသူ ထည့်ရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adding {name}: protecting their key takes a few seconds…</source>
        <translation>{name} ကို ထည့်နေသည်- ၎င်းတို့၏ ကီးကို ကာကွယ်ရန် စက္ကန့်အနည်းငယ် ကြာပါသည်…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not added: {reason}</source>
        <translation>မထည့်ရသေးပါ- {reason}</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/address_book_dialog.py" line="+19"/>
        <source>Offices and identity</source>
        <translation>ရုံးများနှင့် အထောက်အထား</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give this line to the offices that will send you cases (by e-mail, messenger or the QR code). It holds no secret. Then phone each office and read out the fingerprint, so that they know the line really came from you.</source>
        <translation>သင့်ထံ အမှုတွဲများ ပို့မည့် ရုံးများကို ဤစာကြောင်း ပေးပါ (အီးမေးလ်၊ မက်ဆင်ဂျာ သို့မဟုတ် QR ကုဒ်ဖြင့်)။ ၎င်းတွင် လျှို့ဝှက်ချက် မပါဝင်ပါ။ ထို့နောက် ရုံးတစ်ခုစီကို ဖုန်းဆက်ပြီး လက်ဗွေကို ဖတ်ပြပါ၊ သို့မှသာ စာကြောင်းသည် သင့်ထံမှ အမှန်တကယ် လာကြောင်း သိကြမည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This office&apos;s identity line</source>
        <translation>ဤရုံး၏ အထောက်အထားစာကြောင်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the identity line to paste it into a message.</source>
        <translation>မက်ဆေ့ချ်တွင် ကူးထည့်ရန် အထောက်အထားစာကြောင်းကို ကူးယူပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This office&apos;s fingerprint</source>
        <translation>ဤရုံး၏ လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office {code} — {name}. Fingerprint:</source>
        <translation>ရုံး {code} — {name}။ လက်ဗွေ-</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy result</source>
        <translation>ကူးယူမှု ရလဒ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office</source>
        <translation>ဤရုံး</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>ကုဒ်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office</source>
        <translation>ရုံး</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices in the address book</source>
        <translation>လိပ်စာစာအုပ်ထဲရှိ ရုံးများ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No other office yet. Add the offices you exchange cases with.</source>
        <translation>အခြားရုံး မရှိသေးပါ။ အမှုတွဲများ အပြန်အလှန် ပေးပို့သော ရုံးများကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add office…</source>
        <translation>ရုံး ထည့်ရန်…(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Only supervisors and administrators add offices.</source>
        <translation>ကြီးကြပ်သူများနှင့် စီမံခန့်ခွဲသူများသာ ရုံးများကို ထည့်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Other offices (the address book)</source>
        <translation>အခြားရုံးများ (လိပ်စာစာအုပ်)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copied. Paste it into a message to the other office.</source>
        <translation>ကူးယူပြီးပါပြီ။ အခြားရုံးထံ ပို့မည့် မက်ဆေ့ချ်တွင် ကူးထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office {code} was added to the address book.</source>
        <translation>ရုံး {code} ကို လိပ်စာစာအုပ်ထဲ ထည့်ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../asylum_desk/app.py" line="+211"/>
        <source>Shared database</source>
        <translation>မျှဝေထားသော ဒေတာဘေ့စ်</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/applicant_section.py" line="+24"/>
        <source>Anonymous applicant — outside this case they appear as «{pseudonym}». The real name below is never shown in lists or packets without consent.</source>
        <translation>အမည်မဖော်လိုသော လျှောက်ထားသူ — ဤအမှုတွဲ၏ အပြင်ဘက်တွင် «{pseudonym}» အဖြစ် ပြသပါမည်။ အောက်ပါ အမည်ရင်းကို သဘောတူညီချက်မရှိဘဲ စာရင်းများ သို့မဟုတ် စာတွဲများတွင် ဘယ်တော့မှ မပြပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous dependent — outside this case they appear as «{pseudonym}». The real name below is never shown in lists or packets without consent.</source>
        <translation>အမည်မဖော်လိုသော မှီခိုသူ — ဤအမှုတွဲ၏ အပြင်ဘက်တွင် «{pseudonym}» အဖြစ် ပြသပါမည်။ အောက်ပါ အမည်ရင်းကို သဘောတူညီချက်မရှိဘဲ စာရင်းများ သို့မဟုတ် စာတွဲများတွင် ဘယ်တော့မှ မပြပါ။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no pseudonym yet)</source>
        <translation>(အမည်ဝှက် မရှိသေးပါ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anonymity notice</source>
        <translation>အမည်မဖော်ခြင်း အသိပေးချက်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who registered the case</source>
        <translation>အမှုတွဲကို မှတ်ပုံတင်သူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us</source>
        <translation>အခြေအနေ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>မှတ်ပုံတင်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case&amp;worker</source>
        <translation>အမှုတွဲတာဝန်ခံ(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Specific needs</source>
        <translation>အထူးလိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specific needs (highly sensitive)</source>
        <translation>အထူးလိုအပ်ချက်များ (အလွန်လျှို့ဝှက်ရန်)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/assign_dialog.py" line="+39"/>
        <source>caseworker (all of the case)</source>
        <translation>အမှုတွဲတာဝန်ခံ (အမှုတွဲတစ်ခုလုံး)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter (statement)</source>
        <translation>စကားပြန် (ထွက်ဆိုချက်)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Assign case {number}</source>
        <translation>အမှုတွဲ {number} ကို တာဝန်ပေးရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>အသုံးပြုသူ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned as</source>
        <translation>တာဝန်ပေးထားသည့် အနေအထား</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>စတင်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>တာဝန်ပေးသူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current assignments</source>
        <translation>လက်ရှိ တာဝန်ပေးထားမှုများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unassign…</source>
        <translation>တာဝန် ပြန်ရုပ်သိမ်းရန်…(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is assigned to</source>
        <translation>{number} ကို တာဝန်ပေးထားသူ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Assign to</source>
        <translation>တာဝန်ပေးမည့်သူ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Assign</source>
        <translation>တာဝန်ပေးရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A caseworker assigned a case works on all of it. An interpreter sees only its statement sections and may change only the translation. The case&apos;s own caseworker needs no assignment.</source>
        <translation>အမှုတွဲ တာဝန်ပေးခံရသော အမှုတွဲတာဝန်ခံသည် အမှုတွဲတစ်ခုလုံးကို လုပ်ဆောင်ပါသည်။ စကားပြန်သည် ထွက်ဆိုချက်အပိုင်းများကိုသာ မြင်ရပြီး ဘာသာပြန်ကိုသာ ပြင်နိုင်ပါသည်။ အမှုတွဲ၏ ကိုယ်ပိုင်တာဝန်ခံကို တာဝန်ပေးရန် မလိုပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assignment status</source>
        <translation>တာဝန်ပေးမှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no caseworker or interpreter yet)</source>
        <translation>(အမှုတွဲတာဝန်ခံ သို့မဟုတ် စကားပြန် မရှိသေးပါ)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{number} is assigned to nobody besides its caseworker.</source>
        <translation>{number} ကို ၎င်း၏ အမှုတွဲတာဝန်ခံမှလွဲ၍ မည်သူ့ကိုမျှ တာဝန်မပေးထားပါ။</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not assigned: {reason}</source>
        <translation>တာဝန်မပေးရသေးပါ- {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned {number} to {name} ({role}).</source>
        <translation>{number} ကို {name} ({role}) ထံ တာဝန်ပေးပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not withdrawn: {reason}</source>
        <translation>ပြန်မရုပ်သိမ်းရသေးပါ- {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is no longer assigned to {name}.</source>
        <translation>{number} ကို {name} ထံ တာဝန်ပေးထားခြင်း မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw the assignment?</source>
        <translation>တာဝန်ပေးမှုကို ပြန်ရုပ်သိမ်းမလား။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw {number} from {name}? They will no longer see it, and their unsaved drafts of this case are deleted.</source>
        <translation>{number} ကို {name} ထံမှ ပြန်ရုပ်သိမ်းမလား။ ၎င်းတို့ ဆက်မမြင်ရတော့ဘဲ ဤအမှုတွဲ၏ မသိမ်းရသေးသော မူကြမ်းများကို ဖျက်ပစ်ပါမည်။</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/audit_page.py" line="+39"/>
        <source>Add user</source>
        <translation>အသုံးပြုသူ ထည့်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove user</source>
        <translation>အသုံးပြုသူ ဖယ်ရှားခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>တာဝန် ပြောင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>စကားဝှက်စာကြောင်း ပြောင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key vault</source>
        <translation>သိုလှောင်ခန်း၏ ကီး ပြောင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember device</source>
        <translation>စက်ကို မှတ်ထားခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset passphrase with recovery key</source>
        <translation>ပြန်လည်ရယူရေးကီးဖြင့် စကားဝှက်စာကြောင်း ပြန်သတ်မှတ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>ဖန်တီးခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>တင်သွင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save case</source>
        <translation>အမှုတွဲ သိမ်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case</source>
        <translation>အမှုတွဲ ပိတ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>ထည့်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save translation</source>
        <translation>ဘာသာပြန် သိမ်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>ကြည့်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make packet</source>
        <translation>စာတွဲ ပြုလုပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save packet file</source>
        <translation>စာတွဲဖိုင် သိမ်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print packet</source>
        <translation>စာတွဲ ပုံနှိပ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>ထုတ်ယူခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>အရန်မိတ္တူ ကူးခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup</source>
        <translation>အရန်မိတ္တူ ပြန်လည်ထည့်သွင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete replaced vaults</source>
        <translation>အစားထိုးခံရသော သိုလှောင်ခန်းများ ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>စာရင်းအင်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign case</source>
        <translation>အမှုတွဲ တာဝန်ပေးခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw assignment</source>
        <translation>တာဝန်ပေးမှု ရုပ်သိမ်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send cases</source>
        <translation>အမှုတွဲများ ပေးပို့ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive cases</source>
        <translation>အမှုတွဲများ လက်ခံခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge case</source>
        <translation>အမှုတွဲ ပေါင်းစည်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict</source>
        <translation>ကွဲလွဲမှု ဖြေရှင်းခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set retention period</source>
        <translation>ထိန်းသိမ်းကာလ သတ်မှတ်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase case</source>
        <translation>အမှုတွဲ ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same person</source>
        <translation>လူတစ်ဦးတည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo same person</source>
        <translation>လူတစ်ဦးတည်း ဆုံးဖြတ်ချက် ပြန်ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>လူတစ်ဦးတည်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo not the same person</source>
        <translation>လူတစ်ဦးတည်း မဟုတ်ကြောင်း ဆုံးဖြတ်ချက် ပြန်ဖျက်ခြင်း</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+43"/>
        <source>User</source>
        <translation>အသုံးပြုသူ</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Case number</source>
        <translation>အမှုတွဲနံပါတ်</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>e.g. CPH-2026-0042</source>
        <translation>ဥပမာ CPH-2026-0042</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;From</source>
        <translation>မှ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day</source>
        <translation>စတင်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>ထိ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To day</source>
        <translation>ပြီးဆုံးသည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>စစ်ထုတ်မှုများ ရှင်းရန်(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User</source>
        <translation>အသုံးပြုသူ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case number</source>
        <translation>အမှုတွဲနံပါတ်(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>လုပ်ဆောင်ချက်(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days (UTC, both included)</source>
        <translation>နေ့ရက်များ (UTC၊ နှစ်ရက်လုံး ပါဝင်သည်)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time (UTC)</source>
        <translation>အချိန် (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit events</source>
        <translation>စာရင်းစစ် ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ &amp;Newer</source>
        <translation>◀ ပိုသစ်သော(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older ▶</source>
        <translation>ပိုဟောင်းသော ▶(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events shown</source>
        <translation>ပြသထားသော ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log status</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အခြေအနေ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every view, change, export, packet, assignment, user change, setting and erasure. No applicant&apos;s name, place or statement is ever in it: only the case number.</source>
        <translation>ကြည့်ရှုမှု၊ ပြောင်းလဲမှု၊ ထုတ်ယူမှု၊ စာတွဲ၊ တာဝန်ပေးမှု၊ အသုံးပြုသူပြောင်းလဲမှု၊ ဆက်တင်နှင့် ဖျက်ပစ်မှု တိုင်း။ လျှောက်ထားသူ၏ အမည်၊ နေရာ သို့မဟုတ် ထွက်ဆိုချက် ဘယ်တော့မှ မပါဝင်ပါ- အမှုတွဲနံပါတ်သာ ပါဝင်သည်။</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Anyone</source>
        <translation>မည်သူမဆို</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>မည်သည့်လုပ်ဆောင်ချက်မဆို</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The first day is after the last day: no event fits.</source>
        <translation>စတင်သည့်နေ့သည် ပြီးဆုံးသည့်နေ့ နောက်တွင် ဖြစ်နေသည်- မည်သည့်ဖြစ်ရပ်မျှ မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No events.</source>
        <translation>ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events {first:,}–{last:,} of {total:,}, newest first</source>
        <translation>ဖြစ်ရပ် {first:,}–{last:,} (စုစုပေါင်း {total:,})၊ အသစ်ဆုံး အရင်</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/backup_banner.py" line="+16"/>
        <source>This vault has never been backed up. A backup on a USB stick kept elsewhere saves the cases if this laptop is lost, seized or broken.</source>
        <translation>ဤသိုလှောင်ခန်းကို အရန်မိတ္တူ တစ်ခါမျှ မကူးရသေးပါ။ အခြားနေရာတွင် သိမ်းထားသော USB တွင် အရန်မိတ္တူရှိပါက ဤလက်ပ်တော့ ပျောက်ဆုံး၊ သိမ်းဆည်းခံရ သို့မဟုတ် ပျက်စီးသွားလျှင်ပင် အမှုတွဲများ ဆက်ရှိနေပါမည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last backup was taken {days} days ago ({day}).</source>
        <translation>နောက်ဆုံး အရန်မိတ္တူကို လွန်ခဲ့သော {days} ရက် ({day}) က ကူးခဲ့သည်။</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Back up now…</source>
        <translation>ယခု အရန်မိတ္တူ ကူးရန်…(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>နောက်မှ</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/batch_print.py" line="+45"/>
        <source>Print packets for {count} cases</source>
        <translation>အမှုတွဲ {count} ခုအတွက် စာတွဲများ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declaration also in</source>
        <translation>ကြေညာချက်ကို ဤဘာသာဖြင့်လည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each applicant&apos;s own language</source>
        <translation>လျှောက်ထားသူတစ်ဦးစီ၏ ကိုယ်ပိုင်ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cases are selected. Each packet holds only what that case&apos;s consent for this recipient allows; every packet printed is logged.</source>
        <translation>အမှုတွဲ {count} ခု ရွေးထားသည်။ စာတွဲတစ်ခုစီတွင် ထိုအမှုတွဲ၏ ဤလက်ခံသူအတွက် သဘောတူညီချက်က ခွင့်ပြုသည်များသာ ပါဝင်သည်၊ ပုံနှိပ်သော စာတွဲတိုင်းကို မှတ်တမ်းတင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing result</source>
        <translation>ပုံနှိပ်မှု ရလဒ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recipient</source>
        <translation>လက်ခံသူ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration also in</source>
        <translation>ကြေညာချက်ကို ဤဘာသာဖြင့်လည်း(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန်…(&amp;P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>packets</source>
        <translation>စာတွဲများ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making and printing packets…</source>
        <translation>စာတွဲများ ပြုလုပ်ပြီး ပုံနှိပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing packets</source>
        <translation>စာတွဲများ ပုံနှိပ်နေသည်</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Packet {index} of {count}: {number}</source>
        <translation>စာတွဲ {count} ခုအနက် {index}- {number}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Printed {printed} of {total} packets ({pages} pages).</source>
        <translation>စာတွဲ {total} ခုအနက် {printed} ခု ပုံနှိပ်ပြီး (စာမျက်နှာ {pages} မျက်နှာ)။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the remaining packets were not made or printed.</source>
        <translation>ရပ်တန့်လိုက်သည်- ကျန်ရှိသော စာတွဲများကို မပြုလုပ် မပုံနှိပ်ခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed: {reasons}</source>
        <translation>ပုံမနှိပ်ရပါ- {reasons}</translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="+75"/>
        <source>score {score}</source>
        <translation>ရမှတ် {score}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Same person — link</source>
        <translation>လူတစ်ဦးတည်း — ချိတ်ဆက်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are one person registered twice: link the two records.</source>
        <translation>၎င်းတို့သည် နှစ်ကြိမ် မှတ်ပုံတင်ခံရသော လူတစ်ဦးတည်း ဖြစ်သည်- မှတ်တမ်းနှစ်ခုကို ချိတ်ဆက်ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same person</source>
        <translation>လူတစ်ဦးတည်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different people: do not propose this pair again.</source>
        <translation>မတူညီသော လူများ- ဤအတွဲကို ထပ်မံ အကြံမပြုပါနှင့်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case</source>
        <translation>ဖွင့်ထားသော အမှုတွဲ</translation>
    </message>
</context>
<context>
    <name>CaseChecks</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/checks.py" line="+28"/>
        <source>{code} is not a language code: use ISO 639 codes such as my, en, ctd</source>
        <translation>{code} သည် ဘာသာစကားကုဒ် မဟုတ်ပါ- my, en, ctd ကဲ့သို့ ISO 639 ကုဒ်များကို သုံးပါ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code} is not a country code: use three capital letters such as MMR, IND, THA</source>
        <translation>{code} သည် နိုင်ငံကုဒ် မဟုတ်ပါ- MMR, IND, THA ကဲ့သို့ စာလုံးကြီး သုံးလုံးကို သုံးပါ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a pseudonym: an anonymous dependent is shown by it everywhere else</source>
        <translation>အမည်ဝှက် ထည့်ပါ- အမည်မဖော်လိုသော မှီခိုသူကို အခြားနေရာတိုင်းတွင် ၎င်းဖြင့် ပြသပါသည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a pseudonym: an anonymous applicant is shown by it everywhere else</source>
        <translation>အမည်ဝှက် ထည့်ပါ- အမည်မဖော်လိုသော လျှောက်ထားသူကို အခြားနေရာတိုင်းတွင် ၎င်းဖြင့် ပြသပါသည်</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The relationship is required</source>
        <translation>တော်စပ်ပုံ ဖြည့်ရန် လိုအပ်ပါသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{age} is not an age: 0–130</source>
        <translation>{age} သည် အသက် မဟုတ်ပါ- 0–130</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The statement is required from “{status}” on</source>
        <translation>“{status}” မှစ၍ ထွက်ဆိုချက် လိုအပ်ပါသည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened is required</source>
        <translation>ဘာဖြစ်ခဲ့သည်ကို ဖြည့်ရန် လိုအပ်ပါသည်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order is required</source>
        <translation>အမိန့်ကို ဖြည့်ရန် လိုအပ်ပါသည်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of document is required</source>
        <translation>စာရွက်စာတမ်း အမျိုးအစား ဖြည့်ရန် လိုအပ်ပါသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one consent is required from “{status}” on: record what the applicant agreed to</source>
        <translation>“{status}” မှစ၍ သဘောတူညီချက် အနည်းဆုံး တစ်ခု လိုအပ်ပါသည်- လျှောက်ထားသူ သဘောတူခဲ့သည်ကို မှတ်တမ်းတင်ပါ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The note is required</source>
        <translation>မှတ်စုကို ဖြည့်ရန် လိုအပ်ပါသည်</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/case_editor.py" line="+118"/>
        <source>Sections of the case</source>
        <translation>အမှုတွဲ၏ အပိုင်းများ</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>{section} ({keys})</source>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{section} ({keys}) — 1 problem</source>
        <translation>{section} ({keys}) — ပြဿနာ ၁ ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{section} ({keys}) — {count} problems</source>
        <translation>{section} ({keys}) — ပြဿနာ {count} ခု</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../asylum_desk/ui/case_list_model.py" line="+36"/>
        <source>(name hidden)</source>
        <translation>(အမည် ဝှက်ထားသည်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>မှတ်ပုံတင်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>အင်တာဗျူးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement drafted</source>
        <translation>ထွက်ဆိုချက် မူကြမ်းရေးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet ready</source>
        <translation>စာတွဲ အသင့်ဖြစ်ပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>တင်သွင်းပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>ဆုံးဖြတ်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Case number</source>
        <translation>အမှုတွဲနံပါတ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossed</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ခဲ့သည့်နေ့</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last change</source>
        <translation>နောက်ဆုံးပြောင်းလဲမှု</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../asylum_desk/ui/case_list_view.py" line="+39"/>
        <source>Search names (any script), case numbers, places…</source>
        <translation>အမည်များ (မည်သည့်စာလုံးဖြင့်မဆို)၊ အမှုတွဲနံပါတ်များ၊ နေရာများ ရှာရန်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search cases</source>
        <translation>အမှုတွဲများ ရှာရန်</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>အခြေအနေအလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: any</source>
        <translation>အခြေအနေ- အားလုံး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specific need</source>
        <translation>အထူးလိုအပ်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by specific need</source>
        <translation>အထူးလိုအပ်ချက်အလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific need: any</source>
        <translation>အထူးလိုအပ်ချက်- အားလုံး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံအလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by crossing district</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ရာ ခရိုင်အလိုက် စစ်ထုတ်ရန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number of cases shown</source>
        <translation>ပြသထားသော အမှုတွဲ အရေအတွက်</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{count} found</source>
        <translation>{count} ခု တွေ့သည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} cases</source>
        <translation>အမှုတွဲ {count} ခု</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../asylum_desk/ui/case_panel.py" line="+21"/>
        <source>Select a case in the list, or press Ctrl+N to register a new one.

Every change is kept as an encrypted draft while you type.</source>
        <translation>စာရင်းထဲမှ အမှုတွဲတစ်ခုကို ရွေးပါ သို့မဟုတ် အမှုတွဲအသစ် မှတ်ပုံတင်ရန် Ctrl+N ကို နှိပ်ပါ။

ရိုက်နေစဉ် ပြောင်းလဲမှုတိုင်းကို ကုဒ်ဝှက်ထားသော မူကြမ်းအဖြစ် သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save state</source>
        <translation>သိမ်းဆည်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this case (Ctrl+S)</source>
        <translation>ဤအမှုတွဲကို သိမ်းရန် (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked people</source>
        <translation>ချိတ်ဆက်ထားသော လူများ</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New case</source>
        <translation>အမှုတွဲအသစ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous applicant: real name inside only</source>
        <translation>အမည်မဖော်လိုသော လျှောက်ထားသူ- အမည်ရင်းကို အမှုတွဲအတွင်း၌သာ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes (draft kept)</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ (မူကြမ်း သိမ်းထားသည်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>သိမ်းပြီး</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/users_page.py" line="+92"/>
        <source>Change {name}&apos;s role</source>
        <translation>{name} ၏ တာဝန်ကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New role</source>
        <translation>တာဝန်အသစ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s case assignments as {role} are withdrawn when the role changes, with their unsaved drafts of those cases. The change holds at once, also if they are signed in right now.</source>
        <translation>တာဝန်ပြောင်းသည့်အခါ {name} ကို {role} အဖြစ် တာဝန်ပေးထားသော အမှုတွဲများကို ထိုအမှုတွဲများ၏ မသိမ်းရသေးသော မူကြမ်းများနှင့်အတူ ပြန်ရုပ်သိမ်းပါမည်။ ၎င်းတို့ ယခု ဝင်ရောက်နေလျှင်ပင် ပြောင်းလဲမှုသည် ချက်ချင်း သက်ရောက်ပါသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now:</source>
        <translation>ယခု-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New role:</source>
        <translation>တာဝန်အသစ်(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change role</source>
        <translation>တာဝန် ပြောင်းရန်(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/changed_elsewhere_dialog.py" line="+35"/>
        <source>{number} was saved by someone else</source>
        <translation>{number} ကို အခြားသူတစ်ဦးက သိမ်းဆည်းထားသည်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>ယခု သိမ်းထားသည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>သင့်ဟာ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Their save changed nothing you can see in this case&apos;s fields.</source>
        <translation>၎င်းတို့၏ သိမ်းဆည်းမှုသည် ဤအမှုတွဲ၏ အကွက်များတွင် သင်မြင်နိုင်သည့် မည်သည့်အရာကိုမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep mine (save over theirs)</source>
        <translation>ကျွန်ုပ်ဟာကို ထားရန် (၎င်းတို့ဟာပေါ် ထပ်သိမ်းရန်)(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs (my edits become a draft)</source>
        <translation>၎င်းတို့ဟာကို ယူရန် (ကျွန်ုပ်၏ ပြင်ဆင်မှုများ မူကြမ်း ဖြစ်သွားမည်)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="+20"/>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="+24"/>
        <source>Relationship</source>
        <translation>တော်စပ်ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>မိသားစုအမည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Burmese script</source>
        <translation>မြန်မာစာဖြင့် အမည်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="+36"/>
        <source>Kind of document</source>
        <translation>စာရွက်စာတမ်း အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required, e.g. police ID card, national registration card</source>
        <translation>လိုအပ်သည်၊ ဥပမာ ရဲအိုင်ဒီကတ်၊ နိုင်ငံသားစိစစ်ရေးကတ်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>နံပါတ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original held</source>
        <translation>မူရင်း ရှိသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked: the applicant still has the original</source>
        <translation>အမှန်ခြစ်ထားလျှင်- မူရင်းသည် လျှောက်ထားသူထံ ရှိနေဆဲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="+3"/>
        <source>Required, e.g. mother, younger brother</source>
        <translation>လိုအပ်သည်၊ ဥပမာ အမေ၊ ညီငယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole years, 0–130</source>
        <translation>နှစ်ပြည့်၊ 0–130</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>မွေးသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="+25"/>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="+22"/>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+36"/>
        <source>e.g. 1994-05</source>
        <translation>ဥပမာ 1994-05</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Situation</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last
contact</source>
        <translation>နောက်ဆုံး
ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe to
contact</source>
        <translation>ဆက်သွယ်ရန်
လုံခြုံသည်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three letters, e.g. MMR</source>
        <translation>စာလုံး သုံးလုံး၊ ဥပမာ MMR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>တိုင်း/ဒေသ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact place</source>
        <translation>တိကျသော နေရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclose
at most</source>
        <translation>အများဆုံး
ဖော်ပြရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How precisely the location may ever leave the vault</source>
        <translation>တည်နေရာကို မည်မျှ တိကျစွာ သိုလှောင်ခန်းမှ ထုတ်ပေးနိုင်သည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-3"/>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-3"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>ဘာဖြစ်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-3"/>
        <source>Written on</source>
        <translation>ရေးသည့်နေ့</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>ရေးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+5"/>
        <source>Issued by (rank only)</source>
        <translation>ထုတ်ပြန်သူ (ရာထူးသာ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order</source>
        <translation>အမိန့်</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/consent_section.py" line="+17"/>
        <source>Nothing leaves the vault without the applicant&apos;s consent for that recipient. Tick “Given” only after explaining, in the applicant&apos;s language, who will see what. The authorities of the country of origin never receive anything.</source>
        <translation>လျှောက်ထားသူ၏ သဘောတူညီချက်မရှိဘဲ ထိုလက်ခံသူထံ သိုလှောင်ခန်းမှ မည်သည့်အရာမျှ မထွက်ပါ။ မည်သူက ဘာကို မြင်ရမည်ကို လျှောက်ထားသူ၏ ဘာသာစကားဖြင့် ရှင်းပြပြီးမှသာ “ပေးပြီး” ကို အမှန်ခြစ်ပါ။ မူရင်းနိုင်ငံ၏ အာဏာပိုင်များသည် မည်သည့်အရာမျှ ဘယ်တော့မှ မရပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>ပေးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>မိသားစု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>ပေးသည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>ရယူသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Recipients</source>
        <translation>လက်ခံသူများ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{recipient}: consent given</source>
        <translation>{recipient}- သဘောတူညီချက် ပေးပြီး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: identity may be disclosed</source>
        <translation>{recipient}- အထောက်အထားကို ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: family may be disclosed</source>
        <translation>{recipient}- မိသားစုကို ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: consent given on</source>
        <translation>{recipient}- သဘောတူညီချက် ပေးသည့်နေ့</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: consent obtained by</source>
        <translation>{recipient}- သဘောတူညီချက် ရယူသူ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{recipient}: interpreter</source>
        <translation>{recipient}- စကားပြန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if one was needed</source>
        <translation>လိုအပ်ခဲ့လျှင်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s identity may be disclosed to this recipient</source>
        <translation>လျှောက်ထားသူ၏ အထောက်အထားကို ဤလက်ခံသူထံ ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family left behind may be disclosed to this recipient</source>
        <translation>ကျန်ရစ်ခဲ့သော မိသားစုကို ဤလက်ခံသူထံ ဖော်ပြနိုင်သည်</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{recipient}: {problem}</source>
        <translation>{recipient}- {problem}</translation>
    </message>
</context>
<context>
    <name>CrossingSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/crossing_section.py" line="+31"/>
        <source>&amp;Date</source>
        <translation>ရက်စွဲ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. river crossing near Zokhawthar</source>
        <translation>ဥပမာ ဇိုခေါ်သာအနီး မြစ်ဖြတ်ကူးရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing &amp;point</source>
        <translation>ဖြတ်ကျော်ရာ နေရာ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Champhai</source>
        <translation>ဥပမာ Champhai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;trict</source>
        <translation>ခရိုင်(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mizoram</source>
        <translation>ဥပမာ Mizoram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ate</source>
        <translation>ပြည်နယ်(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. IND</source>
        <translation>ဥပမာ IND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>နိုင်ငံ(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places passed through, means of travel</source>
        <translation>ဖြတ်သန်းခဲ့သော နေရာများ၊ သွားလာသည့် နည်းလမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route</source>
        <translation>လမ်းကြောင်း(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. alone; two colleagues (pseudonyms only)</source>
        <translation>ဥပမာ တစ်ဦးတည်း၊ လုပ်ဖော်ကိုင်ဖက် နှစ်ဦး (အမည်ဝှက်သာ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelled &amp;with</source>
        <translation>အတူ ခရီးသွားသူ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. village council volunteers</source>
        <translation>ဥပမာ ကျေးရွာကောင်စီ စေတနာ့ဝန်ထမ်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received &amp;by</source>
        <translation>လက်ခံသူ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. relief camp, Lawngtlai district</source>
        <translation>ဥပမာ ကယ်ဆယ်ရေးစခန်း၊ Lawngtlai ခရိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;location</source>
        <translation>လက်ရှိ တည်နေရာ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant has crossed the border</source>
        <translation>လျှောက်ထားသူသည် နယ်စပ်ကို ဖြတ်ကျော်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossing recorded</source>
        <translation>ဖြတ်ကျော်မှု မှတ်တမ်းတင်ထားသည်</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/database_password_dialog.py" line="+39"/>
        <source>Shared database</source>
        <translation>မျှဝေထားသော ဒေတာဘေ့စ်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asylum Desk works on the office&apos;s shared database. Type the database password (your administrator gives it to you).</source>
        <translation>Asylum Desk သည် ရုံး၏ မျှဝေထားသော ဒေတာဘေ့စ်ပေါ်တွင် အလုပ်လုပ်ပါသည်။ ဒေတာဘေ့စ် စကားဝှက်ကို ရိုက်ထည့်ပါ (သင့်စီမံခန့်ခွဲသူက ပေးပါမည်)။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server:</source>
        <translation>ဆာဗာ-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>ဒေတာဘေ့စ်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>အသုံးပြုသူ-</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database password</source>
        <translation>ဒေတာဘေ့စ် စကားဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>စကားဝှက်(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (secure keyring)</source>
        <translation>ဤကွန်ပျူတာတွင် မှတ်ထားရန် (လုံခြုံသော keyring)(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>ချိတ်ဆက်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;laptop&apos;s vault instead</source>
        <translation>ယင်းအစား ဤလက်ပ်တော့၏ သိုလှောင်ခန်းကို သုံးရန်(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work on the vault kept on this computer for now; the shared database stays in the preferences for the next start.</source>
        <translation>လောလောဆယ် ဤကွန်ပျူတာပေါ်ရှိ သိုလှောင်ခန်းတွင် အလုပ်လုပ်ပါ၊ မျှဝေထားသော ဒေတာဘေ့စ်ကို နောက်တစ်ကြိမ် စဖွင့်ရန်အတွက် ဦးစားပေးဆက်တင်များတွင် ဆက်ထားပါမည်။</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="+14"/>
        <source>decided by {user} on {day}</source>
        <translation>{user} က {day} တွင် ဆုံးဖြတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>ပြန်ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this decision: the pair may be proposed again as a possible duplicate.</source>
        <translation>ဤဆုံးဖြတ်ချက်ကို မေ့ရန်- ဤအတွဲကို ထပ်နေနိုင်သည့်အဖြစ် ထပ်မံ အကြံပြုနိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case</source>
        <translation>ဖွင့်ထားသော အမှုတွဲ</translation>
    </message>
</context>
<context>
    <name>DependentsSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="+14"/>
        <source>People who crossed with the applicant. Select one to fill in their details below.</source>
        <translation>လျှောက်ထားသူနှင့်အတူ နယ်စပ်ဖြတ်ကျော်လာသူများ။ ၎င်းတို့၏ အသေးစိတ်ကို အောက်တွင် ဖြည့်ရန် တစ်ဦးကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a dependent, or select one in the table, to edit it here.</source>
        <translation>ဤနေရာတွင် ပြင်ဆင်ရန် မှီခိုသူ ထည့်ပါ သို့မဟုတ် ဇယားထဲမှ တစ်ဦးကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected dependent</source>
        <translation>ရွေးထားသော မှီခိုသူ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dependent {number}</source>
        <translation>မှီခိုသူ {number}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="+43"/>
        <source>Identity documents</source>
        <translation>အထောက်အထား စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scans stored in this case</source>
        <translation>ဤအမှုတွဲတွင် သိမ်းထားသော စကင်ဖတ်ပုံများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add f&amp;ile…</source>
        <translation>ဖိုင် ထည့်ရန်…(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove s&amp;can</source>
        <translation>စကင်ဖတ်ပုံ ဖယ်ရှားရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files are copied into this encrypted case. Afterwards, delete the original from the scanner folder or phone.</source>
        <translation>ဖိုင်များကို ဤကုဒ်ဝှက်ထားသော အမှုတွဲထဲသို့ ကူးယူပါသည်။ ထို့နောက် မူရင်းကို စကင်နာဖိုင်တွဲ သို့မဟုတ် ဖုန်းမှ ဖျက်ပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scans (PNG, JPEG or PDF)</source>
        <translation>စကင်ဖတ်ပုံများ (PNG, JPEG သို့မဟုတ် PDF)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added {file}.</source>
        <translation>{file} ကို ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add scans to this case</source>
        <translation>ဤအမှုတွဲသို့ စကင်ဖတ်ပုံများ ထည့်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans: images and PDF</source>
        <translation>စကင်ဖတ်ပုံများ- ပုံများနှင့် PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} ({count} more refused)</source>
        <translation>{problem} (နောက်ထပ် {count} ခု ငြင်းပယ်ခံရသည်)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {file} (Undo brings it back).</source>
        <translation>{file} ကို ဖယ်ရှားပြီးပါပြီ (Undo ဖြင့် ပြန်ရနိုင်သည်)။</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/drafts_banner.py" line="+29"/>
        <source>&amp;Restore</source>
        <translation>ပြန်ယူရန်(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>စွန့်ပစ်ရန်(&amp;D)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved edits of case {number} from {saved} UTC were kept ({more} more after this one).</source>
        <translation>အမှုတွဲ {number} ၏ မသိမ်းရသေးသော ပြင်ဆင်မှုများကို {saved} UTC မှ သိမ်းထားပါသည် (ဤတစ်ခုပြီးနောက် နောက်ထပ် {more} ခု)။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits of case {number} from {saved} UTC were kept.</source>
        <translation>အမှုတွဲ {number} ၏ မသိမ်းရသေးသော ပြင်ဆင်မှုများကို {saved} UTC မှ သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved edits of a new case from {saved} UTC were kept ({more} more after this one).</source>
        <translation>အမှုတွဲအသစ်တစ်ခု၏ မသိမ်းရသေးသော ပြင်ဆင်မှုများကို {saved} UTC မှ သိမ်းထားပါသည် (ဤတစ်ခုပြီးနောက် နောက်ထပ် {more} ခု)။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits of a new case from {saved} UTC were kept.</source>
        <translation>အမှုတွဲအသစ်တစ်ခု၏ မသိမ်းရသေးသော ပြင်ဆင်မှုများကို {saved} UTC မှ သိမ်းထားပါသည်။</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_banner.py" line="+24"/>
        <source>Possibly the same person as in {case} ({why}). Check before going on: a person registered twice gets two different files.</source>
        <translation>{case} ({why}) ထဲမှ လူနှင့် တစ်ဦးတည်း ဖြစ်နိုင်သည်။ ဆက်မလုပ်မီ စစ်ဆေးပါ- နှစ်ကြိမ် မှတ်ပုံတင်ခံရသူသည် မတူညီသော ဖိုင်နှစ်ခု ရသွားပါမည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possibly the same person as in {case} ({why}) and 1 more case. Check before going on: a person registered twice gets two different files.</source>
        <translation>{case} ({why}) နှင့် နောက်ထပ် အမှုတွဲ ၁ ခုထဲမှ လူနှင့် တစ်ဦးတည်း ဖြစ်နိုင်သည်။ ဆက်မလုပ်မီ စစ်ဆေးပါ- နှစ်ကြိမ် မှတ်ပုံတင်ခံရသူသည် မတူညီသော ဖိုင်နှစ်ခု ရသွားပါမည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possibly the same person as in {case} ({why}) and {count} more cases. Check before going on: a person registered twice gets two different files.</source>
        <translation>{case} ({why}) နှင့် နောက်ထပ် အမှုတွဲ {count} ခုထဲမှ လူနှင့် တစ်ဦးတည်း ဖြစ်နိုင်သည်။ ဆက်မလုပ်မီ စစ်ဆေးပါ- နှစ်ကြိမ် မှတ်ပုံတင်ခံရသူသည် မတူညီသော ဖိုင်နှစ်ခု ရသွားပါမည်။</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="-75"/>
        <source>The score is the names&apos; similarity (0–100%) plus or minus the other evidence (birth date, township, sex), so it can pass 100. From 90 up, a person is flagged.</source>
        <translation>ရမှတ်သည် အမည်များ၏ တူညီမှု (0–100%) ကို အခြားအထောက်အထားများ (မွေးသက္ကရာဇ်၊ မြို့နယ်၊ ကျား/မ) ဖြင့် ပေါင်းနုတ်ထားခြင်း ဖြစ်သဖြင့် 100 ကို ကျော်နိုင်ပါသည်။ 90 နှင့်အထက်တွင် လူကို အမှတ်အသားပြုပါသည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>applicant</source>
        <translation>လျှောက်ထားသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependent {number}</source>
        <translation>မှီခိုသူ {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked: same person as {case} ({person})</source>
        <translation>ချိတ်ဆက်ပြီး- {case} ({person}) နှင့် လူတစ်ဦးတည်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not the same person as {case} ({person})</source>
        <translation>{case} ({person}) နှင့် လူတစ်ဦးတည်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>same person as {case} ({person})</source>
        <translation>{case} ({person}) နှင့် လူတစ်ဦးတည်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{this} is the same person as {case} ({person})</source>
        <translation>{this} သည် {case} ({person}) နှင့် လူတစ်ဦးတည်း ဖြစ်သည်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Linked: {links}</source>
        <translation>ချိတ်ဆက်ပြီး- {links}</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Possible &amp;duplicates…</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်းများ…(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the people of other cases who may be the same as someone in the open case.</source>
        <translation>ဖွင့်ထားသော အမှုတွဲထဲရှိ တစ်ဦးဦးနှင့် တူနိုင်သော အခြားအမှုတွဲများမှ လူများကို စစ်ဆေးရန်။</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a saved case to review its possible duplicates.</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်းများ စစ်ဆေးရန် သိမ်းထားသော အမှုတွဲတစ်ခုကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the case first (Ctrl+S): the review compares the saved case.</source>
        <translation>အမှုတွဲကို အရင်သိမ်းပါ (Ctrl+S)- စစ်ဆေးမှုသည် သိမ်းထားသော အမှုတွဲကို နှိုင်းယှဉ်ပါသည်။</translation>
    </message>
</context>
<context>
    <name>DuplicatesBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_banner.py" line="+31"/>
        <source>&amp;Open that case</source>
        <translation>ထိုအမှုတွဲကို ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review…</source>
        <translation>စစ်ဆေးရန်…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every possible duplicate of this case&apos;s people: link the same person, or mark as not the same person (Ctrl+Shift+D).</source>
        <translation>ဤအမှုတွဲရှိ လူများ၏ ထပ်နေနိုင်သော မှတ်တမ်းအားလုံး- လူတစ်ဦးတည်းကို ချိတ်ဆက်ပါ သို့မဟုတ် လူတစ်ဦးတည်း မဟုတ်ကြောင်း မှတ်ပါ (Ctrl+Shift+D)။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>ပယ်ရန်</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="-243"/>
        <source>Possible duplicates — {case}</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်းများ — {case}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People of other cases who may be the same person as someone in {case}. Open the other case to compare; then link the two records if they are one person, or mark them as not the same person so that they are not proposed again.</source>
        <translation>{case} ထဲရှိ တစ်ဦးဦးနှင့် လူတစ်ဦးတည်း ဖြစ်နိုင်သော အခြားအမှုတွဲများမှ လူများ။ နှိုင်းယှဉ်ရန် အခြားအမှုတွဲကို ဖွင့်ပါ၊ ထို့နောက် လူတစ်ဦးတည်း ဖြစ်လျှင် မှတ်တမ်းနှစ်ခုကို ချိတ်ဆက်ပါ သို့မဟုတ် ထပ်မံ အကြံမပြုစေရန် လူတစ်ဦးတည်း မဟုတ်ကြောင်း မှတ်ပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review status</source>
        <translation>စစ်ဆေးမှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 possible duplicate to review.</source>
        <translation>စစ်ဆေးရန် ထပ်နေနိုင်သော မှတ်တမ်း ၁ ခု။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} possible duplicates to review.</source>
        <translation>စစ်ဆေးရန် ထပ်နေနိုင်သော မှတ်တမ်း {count} ခု။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible duplicates left to review.</source>
        <translation>စစ်ဆေးရန် ထပ်နေနိုင်သော မှတ်တမ်း မကျန်တော့ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(အမည် မရှိ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant: {name}</source>
        <translation>လျှောက်ထားသူ- {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependent {number}: {name}</source>
        <translation>မှီခိုသူ {number}- {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No possible duplicates.</source>
        <translation>ထပ်နေနိုင်သော မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Linked: the {this} and {case} ({person}).</source>
        <translation>ချိတ်ဆက်ပြီး- {this} နှင့် {case} ({person})။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as not the same person: the {this} and {case} ({person}).</source>
        <translation>လူတစ်ဦးတည်း မဟုတ်ကြောင်း မှတ်ပြီး- {this} နှင့် {case} ({person})။</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undone: {decision}.</source>
        <translation>ပြန်ဖျက်ပြီး- {decision}။</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../asylum_desk/ui/workers.py" line="+153"/>
        <source>The vault database is damaged or could not be read; nothing was changed.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် ပျက်စီးနေသည် သို့မဟုတ် ဖတ်၍ မရပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {kind}.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားသည်- {kind}။</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-62"/>
        <source>Family members may suffer reprisals. Record only what is needed; locations are disclosed at most to the chosen granularity.</source>
        <translation>မိသားစုဝင်များသည် လက်စားချေခံရနိုင်ပါသည်။ လိုအပ်သလောက်သာ မှတ်တမ်းတင်ပါ၊ တည်နေရာများကို ရွေးထားသော တိကျမှုအထိသာ ဖော်ပြပါသည်။</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Warning about reprisals</source>
        <translation>လက်စားချေခံရနိုင်မှု သတိပေးချက်</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>N&amp;otes on the selected family member</source>
        <translation>ရွေးထားသော မိသားစုဝင်အကြောင်း မှတ်စုများ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/fields.py" line="+44"/>
        <source>{text} is not a date: {hint}</source>
        <translation>{text} သည် ရက်စွဲ မဟုတ်ပါ- {hint}</translation>
    </message>
</context>
<context>
    <name>FirstUserPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+153"/>
        <source>The first user</source>
        <translation>ပထမဆုံး အသုံးပြုသူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person becomes the administrator and can later give colleagues their own passphrases.</source>
        <translation>ဤပုဂ္ဂိုလ်သည် စီမံခန့်ခွဲသူ ဖြစ်လာပြီး နောက်ပိုင်းတွင် လုပ်ဖော်ကိုင်ဖက်များကို ၎င်းတို့ကိုယ်ပိုင် စကားဝှက်စာကြောင်းများ ပေးနိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. amara</source>
        <translation>ဥပမာ amara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>အသုံးပြုသူအမည်-</translation>
    </message>
</context>
<context>
    <name>FlightSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="+6"/>
        <source>details, in the applicant&apos;s words</source>
        <translation>အသေးစိတ်၊ လျှောက်ထားသူ၏ ကိုယ်ပိုင်စကားဖြင့်</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{reason}: details</source>
        <translation>{reason}- အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons (tick all that apply)</source>
        <translation>အကြောင်းရင်းများ (သက်ဆိုင်သမျှ အမှန်ခြစ်ပါ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. my</source>
        <translation>ဥပမာ my</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage</source>
        <translation>ဘာသာစကား(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language code of the statement as told, e.g. my for Burmese.</source>
        <translation>ပြောပြခဲ့သည့် ထွက်ဆိုချက်၏ ဘာသာစကားကုဒ်၊ ဥပမာ မြန်မာအတွက် my။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant&apos;s own account, in their language</source>
        <translation>လျှောက်ထားသူ၏ ကိုယ်ပိုင် ပြောပြချက်၊ ၎င်းတို့၏ ဘာသာစကားဖြင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tement</source>
        <translation>ထွက်ဆိုချက်(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation into English</source>
        <translation>အင်္ဂလိပ်ဘာသာသို့ ဘာသာပြန်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslation</source>
        <translation>ဘာသာပြန်ချက်(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Nilar Htwe (Burmese–English)</source>
        <translation>ဥပမာ နီလာထွေး (မြန်မာ–အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter</source>
        <translation>စကားပြန်(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s statement</source>
        <translation>လျှောက်ထားသူ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline of events</source>
        <translation>ဖြစ်ရပ်များ အချိန်စဉ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fears &amp;on return</source>
        <translation>ပြန်ပို့ခံရလျှင် စိုးရိမ်မှုများ(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the applicant fears would happen if returned, and from whom.</source>
        <translation>ပြန်ပို့ခံရလျှင် လျှောက်ထားသူ ဘာဖြစ်မည်ကို စိုးရိမ်သနည်း၊ မည်သူ့ထံမှ စိုးရိမ်သနည်း။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>ပြန်ပို့ခံရခြင်း</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/form.py" line="+97"/>
        <source>Problem with {field}</source>
        <translation>{field} တွင် ပြဿနာ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>highly sensitive</source>
        <translation>အလွန်လျှို့ဝှက်ရန်</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../asylum_desk/ui/help_window.py" line="+298"/>
        <source>&amp;User guide</source>
        <translation>အသုံးပြုသူ လမ်းညွှန်(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use Asylum Desk, in plain words.</source>
        <translation>Asylum Desk ကို အသုံးပြုနည်း၊ ရိုးရှင်းသော စကားဖြင့်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administrator guide</source>
        <translation>စီမံခန့်ခွဲသူ လမ်းညွှန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For whoever looks after the office&apos;s laptops: installing, users, backups, transfers, the shared database.</source>
        <translation>ရုံး၏ လက်ပ်တော့များကို ထိန်းသိမ်းသူအတွက်- ထည့်သွင်းခြင်း၊ အသုံးပြုသူများ၊ အရန်မိတ္တူများ၊ ပေးပို့ခြင်းများ၊ မျှဝေထားသော ဒေတာဘေ့စ်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location line="-147"/>
        <source>Asylum Desk — Help</source>
        <translation>Asylum Desk — အကူအညီ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections of this guide</source>
        <translation>ဤလမ်းညွှန်၏ အပိုင်းများ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ &amp;Back</source>
        <translation>◀ နောက်သို့(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward ▶</source>
        <translation>ရှေ့သို့ ▶(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>လမ်းညွှန်ထဲတွင် ရှာရန် (Enter- နောက်တစ်ခု၊ Shift+Enter- ယခင်တစ်ခု)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the guide</source>
        <translation>လမ်းညွှန်ထဲတွင် ရှာရန်</translation>
    </message>
    <message>
        <location line="+43"/>
        <source># The guide is missing

Asylum Desk looked for it at `{path}`. The same guide is in the `docs` folder of the Asylum Desk source.</source>
        <translation># လမ်းညွှန် မတွေ့ပါ

Asylum Desk သည် ၎င်းကို `{path}` တွင် ရှာခဲ့သည်။ တူညီသော လမ်းညွှန်သည် Asylum Desk ရင်းမြစ်ကုဒ်၏ `docs` ဖိုင်တွဲထဲတွင် ရှိပါသည်။</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{text}” is not in this page.</source>
        <translation>“{text}” သည် ဤစာမျက်နှာတွင် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Asylum Desk — {title}</source>
        <translation>Asylum Desk — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not part of the guide on this computer.</source>
        <translation>{name} သည် ဤကွန်ပျူတာပေါ်ရှိ လမ်းညွှန်၏ အစိတ်အပိုင်း မဟုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/history_section.py" line="+25"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>မည်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ဘာ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created case</source>
        <translation>အမှုတွဲ ဖန်တီးခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported case</source>
        <translation>အမှုတွဲ တင်သွင်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved case</source>
        <translation>အမှုတွဲ သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened case</source>
        <translation>အမှုတွဲ ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened statement</source>
        <translation>ထွက်ဆိုချက် ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened conflicts</source>
        <translation>ကွဲလွဲမှုများ ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed case</source>
        <translation>အမှုတွဲ ပိတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added dependent</source>
        <translation>မှီခိုသူ ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added family member</source>
        <translation>မိသားစုဝင် ထည့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved statement translation</source>
        <translation>ထွက်ဆိုချက် ဘာသာပြန် သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported case</source>
        <translation>အမှုတွဲ ထုတ်ယူခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made packet</source>
        <translation>စာတွဲ ပြုလုပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved packet file</source>
        <translation>စာတွဲဖိုင် သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed packet</source>
        <translation>စာတွဲ ပုံနှိပ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked duplicate</source>
        <translation>ထပ်နေသူကို ချိတ်ဆက်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked duplicate</source>
        <translation>ထပ်နေသူ ချိတ်ဆက်မှုကို ဖြုတ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed duplicate</source>
        <translation>ထပ်နေနိုင်သူ အကြံပြုချက်ကို ပယ်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened duplicate</source>
        <translation>ထပ်နေနိုင်သူ အကြံပြုချက်ကို ပြန်ဖွင့်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged case</source>
        <translation>အမှုတွဲ ပေါင်းစည်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved conflict</source>
        <translation>ကွဲလွဲမှု ဖြေရှင်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned case</source>
        <translation>အမှုတွဲ တာဝန်ပေးခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrew assignment</source>
        <translation>တာဝန်ပေးမှု ရုပ်သိမ်းခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased case</source>
        <translation>အမှုတွဲ ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Recorded by the vault each time the case is opened, saved or exported.</source>
        <translation>အမှုတွဲကို ဖွင့်၊ သိမ်း သို့မဟုတ် ထုတ်ယူသည့်အခါတိုင်း သိုလှောင်ခန်းက မှတ်တမ်းတင်သည်။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case history</source>
        <translation>အမှုတွဲ မှတ်တမ်း</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/labels.py" line="+28"/>
        <source>Registered</source>
        <translation>မှတ်ပုံတင်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>အင်တာဗျူးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement drafted</source>
        <translation>ထွက်ဆိုချက် မူကြမ်းရေးပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet ready</source>
        <translation>စာတွဲ အသင့်ဖြစ်ပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>တင်သွင်းပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>ဆုံးဖြတ်ပြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>အမျိုးသမီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>အမျိုးသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>အခြား</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Refused an unlawful order</source>
        <translation>တရားမဝင်သော အမိန့်ကို ငြင်းဆန်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political opinion (also imputed)</source>
        <translation>နိုင်ငံရေးအမြင် (စွပ်စွဲခံရသည့် အမြင်လည်း ပါဝင်)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part in protests</source>
        <translation>ဆန္ဒပြပွဲများတွင် ပါဝင်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil disobedience movement</source>
        <translation>အာဏာဖီဆန်ရေး လှုပ်ရှားမှု (CDM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>ဘာသာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particular social group</source>
        <translation>သီးခြား လူမှုအုပ်စု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generalised violence</source>
        <translation>ကျယ်ပြန့်သော အကြမ်းဖက်မှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced recruitment</source>
        <translation>အတင်းအဓမ္မ စစ်သားစုဆောင်းခံရခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>အခြား အကြောင်းရင်း</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survivor of torture</source>
        <translation>ညှဉ်းပန်းနှိပ်စက်ခံရမှုမှ အသက်ရှင်ကျန်ရစ်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical needs</source>
        <translation>ဆေးဘက်ဆိုင်ရာ လိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>မသန်စွမ်းမှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single parent</source>
        <translation>မိဘတစ်ပါးတည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child in the case</source>
        <translation>အမှုတွဲတွင် ကလေး ပါဝင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaccompanied minor</source>
        <translation>အုပ်ထိန်းသူမပါသော အရွယ်မရောက်သေးသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>သက်ကြီးရွယ်အို</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnant</source>
        <translation>ကိုယ်ဝန်ဆောင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survivor of sexual or gender-based violence</source>
        <translation>လိင်ပိုင်းဆိုင်ရာ သို့မဟုတ် ကျား/မ အခြေပြု အကြမ်းဖက်မှုမှ အသက်ရှင်ကျန်ရစ်သူ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other specific need</source>
        <translation>အခြား အထူးလိုအပ်ချက်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In hiding</source>
        <translation>ပုန်းအောင်းနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>ထိန်းသိမ်းခံထားရသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatened</source>
        <translation>ခြိမ်းခြောက်ခံရသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>လုံခြုံသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>ကွယ်လွန်ပြီ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>country only</source>
        <translation>နိုင်ငံသာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>တိုင်း/ဒေသ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact</source>
        <translation>တိကျစွာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host government</source>
        <translation>လက်ခံနိုင်ငံ အစိုးရ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNHCR</source>
        <translation>UNHCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal counsel</source>
        <translation>ဥပဒေအကြံပေး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1994-05</source>
        <translation>ဥပမာ 1994-05</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM သို့မဟုတ် YYYY-MM-DD ကို သုံးပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highly sensitive: leaves the vault only with the applicant&apos;s consent for that recipient.</source>
        <translation>အလွန်လျှို့ဝှက်ရန်- ထိုလက်ခံသူအတွက် လျှောက်ထားသူ၏ သဘောတူညီချက်ရှိမှသာ သိုလှောင်ခန်းမှ ထွက်ပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonyms only — never real names. One per line.</source>
        <translation>အမည်ဝှက်များသာ — အမည်ရင်း ဘယ်တော့မှ မရေးပါနှင့်။ တစ်ကြောင်းလျှင် တစ်ခု။</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-15"/>
        <source>Asked by every asylum form: did the applicant witness or take part in ill-treatment, or use force?</source>
        <translation>ခိုလှုံခွင့်လျှောက်လွှာတိုင်းတွင် မေးသည်- လျှောက်ထားသူသည် ညှဉ်းပန်းမှုကို မြင်ခဲ့ဖူးသလား၊ ပါဝင်ခဲ့ဖူးသလား၊ သို့မဟုတ် အင်အားသုံးခဲ့ဖူးသလား။</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+34"/>
        <source>Where to keep the vault</source>
        <translation>သိုလှောင်ခန်းကို ထားမည့်နေရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in the vault is encrypted: without a passphrase or the recovery key, its files reveal nothing.</source>
        <translation>သိုလှောင်ခန်းထဲရှိ အရာအားလုံးကို ကုဒ်ဝှက်ထားသည်- စကားဝှက်စာကြောင်း သို့မဟုတ် ပြန်လည်ရယူရေးကီး မရှိလျှင် ၎င်း၏ ဖိုင်များမှ ဘာမျှ မသိနိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create vault</source>
        <translation>သိုလှောင်ခန်း ဖန်တီးရန်</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder</source>
        <translation>သိုလှောင်ခန်း ဖိုင်တွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder…</source>
        <translation>အခြားဖိုင်တွဲ ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault will be created in this folder:</source>
        <translation>သိုလှောင်ခန်းကို ဤဖိုင်တွဲတွင် ဖန်တီးပါမည်-</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder on this computer&apos;s own disk, not a shared or cloud-synced folder. The folder must be new or empty.</source>
        <translation>ဤကွန်ပျူတာ၏ ကိုယ်ပိုင်ဒစ်ခ်ပေါ်ရှိ ဖိုင်တွဲကို ရွေးပါ၊ မျှဝေထားသော သို့မဟုတ် cloud နှင့် ချိန်ကိုက်သော ဖိုင်တွဲ မဟုတ်ရပါ။ ဖိုင်တွဲသည် အသစ် သို့မဟုတ် အလွတ် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>ကုဒ်ဝှက်ထားသော သိုလှောင်ခန်းကို ဖန်တီးနေသည်… စက္ကန့်အနည်းငယ် ကြာပါသည်။</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asylum_desk/ui/main_window.py" line="+94"/>
        <source>Asylum Desk — {office}</source>
        <translation>Asylum Desk — {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asylum Desk</source>
        <translation>Asylum Desk</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&amp;New case</source>
        <translation>အမှုတွဲအသစ်(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>ရှာရန်…(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;list</source>
        <translation>အမှုတွဲစာရင်း(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Privacy mode</source>
        <translation>ကိုယ်ရေးလုံခြုံမှု မုဒ်(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide names in the list (case numbers and pseudonyms only), for public places.</source>
        <translation>လူထုနေရာများအတွက် စာရင်းထဲရှိ အမည်များကို ဝှက်ရန် (အမှုတွဲနံပါတ်နှင့် အမည်ဝှက်များသာ)။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Packet…</source>
        <translation>စာတွဲ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make, preview, print or save the open case&apos;s packet.</source>
        <translation>ဖွင့်ထားသော အမှုတွဲ၏ စာတွဲကို ပြုလုပ်၊ အစမ်းကြည့်၊ ပုံနှိပ် သို့မဟုတ် သိမ်းရန်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print packets of selected &amp;cases…</source>
        <translation>ရွေးထားသော အမှုတွဲများ၏ စာတွဲများ ပုံနှိပ်ရန်…(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select several cases in the list (Ctrl+click or Shift+click), then print their packets in one go.</source>
        <translation>စာရင်းထဲတွင် အမှုတွဲများစွာကို ရွေးပါ (Ctrl+click သို့မဟုတ် Shift+click)၊ ထို့နောက် ၎င်းတို့၏ စာတွဲများကို တစ်ပြိုင်နက် ပုံနှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applicant information &amp;notice…</source>
        <translation>လျှောက်ထားသူ အသိပေးစာ…(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the notice that tells applicants who receives what and that they may refuse.</source>
        <translation>မည်သူက ဘာရမည်နှင့် ငြင်းဆိုနိုင်ကြောင်း လျှောက်ထားသူများကို ပြောပြသော အသိပေးစာကို ပုံနှိပ်ရန်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>အရန်မိတ္တူ ကူးရန်…(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one encrypted, checked backup file, for example to a USB stick.</source>
        <translation>ကုဒ်ဝှက်ထားပြီး စစ်ဆေးထားသော အရန်ဖိုင်တစ်ခုကို ရေးရန်၊ ဥပမာ USB သို့။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန်(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock and &amp;forget this device</source>
        <translation>သော့ခတ်ပြီး ဤစက်ကို မေ့ရန်(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>ပြန်ဖျက်ရန်(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>ဦးစားပေးဆက်တင်များ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>ဖိုင်(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင်ရန်(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>ကြည့်ရှုရန်(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Office</source>
        <translation>ရုံး(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>ပင်မ</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Privacy mode: names are hidden in the list.</source>
        <translation>ကိုယ်ရေးလုံခြုံမှု မုဒ်- စာရင်းထဲတွင် အမည်များကို ဝှက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy mode off: names are shown.</source>
        <translation>ကိုယ်ရေးလုံခြုံမှု မုဒ် ပိတ်ထားသည်- အမည်များကို ပြသည်။</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unlocked</source>
        <translation>သော့ဖွင့်ထားသည်</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Locked</source>
        <translation>သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unsaved changes</source>
        <translation>မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has changes that are not saved yet. Save them before closing?</source>
        <translation>ဤအမှုတွဲတွင် မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။ မပိတ်မီ သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_cases.py" line="+34"/>
        <source>Not saved: {problem}</source>
        <translation>မသိမ်းရပါ- {problem}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The unsaved edits of the previous case were kept as a draft.</source>
        <translation>ယခင်အမှုတွဲ၏ မသိမ်းရသေးသော ပြင်ဆင်မှုများကို မူကြမ်းအဖြစ် သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saved {number}.</source>
        <translation>{number} ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your edits were kept as a draft.</source>
        <translation>သင့်ပြင်ဆင်မှုများကို မူကြမ်းအဖြစ် သိမ်းထားပါသည်။</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draft not kept: {problem}</source>
        <translation>မူကြမ်း မသိမ်းရပါ- {problem}</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_packets.py" line="+29"/>
        <source>Open a saved case to make its packet.</source>
        <translation>စာတွဲပြုလုပ်ရန် သိမ်းထားသော အမှုတွဲတစ်ခုကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case first (Ctrl+S): a packet is made from the saved case.</source>
        <translation>အမှုတွဲကို အရင်သိမ်းပါ (Ctrl+S)- စာတွဲကို သိမ်းထားသော အမှုတွဲမှ ပြုလုပ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select the cases in the list first (Ctrl+click or Shift+click).</source>
        <translation>စာရင်းထဲမှ အမှုတွဲများကို အရင်ရွေးပါ (Ctrl+click သို့မဟုတ် Shift+click)။</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_transfer.py" line="+33"/>
        <source>S&amp;end cases…</source>
        <translation>အမှုတွဲများ ပို့ရန်…(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected cases (or the open one) to other offices as one encrypted, signed bundle file.</source>
        <translation>ရွေးထားသော အမှုတွဲများ (သို့မဟုတ် ဖွင့်ထားသောတစ်ခု) ကို ကုဒ်ဝှက်ပြီး လက်မှတ်ထိုးထားသော အထုပ်ဖိုင်တစ်ခုအဖြစ် အခြားရုံးများသို့ ပို့ရန်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Receive bundle…</source>
        <translation>အထုပ် လက်ခံရန်…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case bundle another office sent you.</source>
        <translation>အခြားရုံးက ပို့ထားသော အမှုတွဲအထုပ်ကို ဖွင့်ရန်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offices and &amp;identity…</source>
        <translation>ရုံးများနှင့် အထောက်အထား…(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office&apos;s identity to give to others, and the offices you exchange cases with.</source>
        <translation>အခြားသူများကို ပေးရန် ဤရုံး၏ အထောက်အထားနှင့် အမှုတွဲများ အပြန်အလှန် ပေးပို့သော ရုံးများ။</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select the cases to send in the list first (or open a saved case).</source>
        <translation>ပို့မည့် အမှုတွဲများကို စာရင်းထဲမှ အရင်ရွေးပါ (သို့မဟုတ် သိမ်းထားသော အမှုတွဲတစ်ခုကို ဖွင့်ပါ)။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the open case first (Ctrl+S): a bundle holds the saved cases.</source>
        <translation>ဖွင့်ထားသော အမှုတွဲကို အရင်သိမ်းပါ (Ctrl+S)- အထုပ်တွင် သိမ်းထားသော အမှုတွဲများ ပါဝင်သည်။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot send: {problem}</source>
        <translation>ပို့၍ မရပါ- {problem}</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_vault.py" line="+57"/>
        <source>Re-keying the vault: this takes a moment…</source>
        <translation>သိုလှောင်ခန်း၏ ကီးကို ပြောင်းနေသည်- ခဏ ကြာပါမည်…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-keyed. Unlock with your passphrase as before.</source>
        <translation>ကီး ပြောင်းပြီးပါပြီ။ ယခင်အတိုင်း သင့်စကားဝှက်စာကြောင်းဖြင့် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not re-keyed: {problem}</source>
        <translation>ကီး မပြောင်းရပါ- {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-key the vault</source>
        <translation>သိုလှောင်ခန်း၏ ကီးကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the vault under a new key? Everyone keeps their passphrase, old copies of the key file stop working, and the current recovery key is replaced by a new one that you must print. The vault locks afterwards.</source>
        <translation>သိုလှောင်ခန်းကို ကီးအသစ်ဖြင့် ကုဒ်ဝှက်မလား။ လူတိုင်း ၎င်းတို့၏ စကားဝှက်စာကြောင်းကို ဆက်သုံးနိုင်ပြီး ကီးဖိုင်၏ မိတ္တူဟောင်းများ အလုပ်မလုပ်တော့ပါ၊ လက်ရှိ ပြန်လည်ရယူရေးကီးကို သင်ပုံနှိပ်ရမည့် ကီးအသစ်ဖြင့် အစားထိုးပါမည်။ ထို့နောက် သိုလှောင်ခန်း သော့ခတ်သွားပါမည်။</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Writing and checking the backup…</source>
        <translation>အရန်မိတ္တူကို ရေးပြီး စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked: {file} ({size} MB).</source>
        <translation>အရန်မိတ္တူ ရေးပြီး စစ်ဆေးပြီးပါပြီ- {file} ({size} MB)။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup written: {problem}</source>
        <translation>အရန်မိတ္တူ မရေးရပါ- {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up the vault</source>
        <translation>သိုလှောင်ခန်း၏ အရန်မိတ္တူ ကူးရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asylum Desk backups (*.adbackup)</source>
        <translation>Asylum Desk အရန်မိတ္တူများ (*.adbackup)</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/merge_page.py" line="+81"/>
        <source>Before: {value}</source>
        <translation>ယခင်- {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}, before</source>
        <translation>{field}၊ ယခင်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;ours</source>
        <translation>ကျွန်ုပ်တို့ဟာကို ထားရန်(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: keep ours, {value}</source>
        <translation>{field}- ကျွန်ုပ်တို့ဟာကို ထားရန်၊ {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take theirs ({office})</source>
        <translation>၎င်းတို့ဟာကို ယူရန် ({office})(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: take theirs, {value}</source>
        <translation>{field}- ၎င်းတို့ဟာကို ယူရန်၊ {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received from office {office} on {when}</source>
        <translation>ရုံး {office} ထံမှ {when} တွင် လက်ခံရရှိသည်</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}, ours</source>
        <translation>{field}၊ ကျွန်ုပ်တို့ဟာ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}, theirs</source>
        <translation>{field}၊ ၎င်းတို့ဟာ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cases with conflicts</source>
        <translation>ကွဲလွဲမှုရှိသော အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ses</source>
        <translation>အမှုတွဲများ(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case shown</source>
        <translation>ပြသထားသော အမှုတွဲ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep all ours</source>
        <translation>ကျွန်ုပ်တို့ဟာ အားလုံး ထားရန်(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all t&amp;heirs</source>
        <translation>၎င်းတို့ဟာ အားလုံး ယူရန်(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply choices</source>
        <translation>ရွေးချယ်မှုများ အသုံးချရန်(&amp;P)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge status</source>
        <translation>ပေါင်းစည်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields of received cases that were changed both here and at the office that sent them. The case keeps ours until you choose; taking theirs puts the other office&apos;s value into the case. Fields changed on one side only were merged already.</source>
        <translation>ဤနေရာတွင်ရော ပို့သောရုံးတွင်ပါ ပြောင်းလဲခဲ့သော လက်ခံရရှိသည့် အမှုတွဲများ၏ အကွက်များ။ သင်မရွေးမချင်း အမှုတွဲတွင် ကျွန်ုပ်တို့ဟာ ရှိနေပါမည်၊ ၎င်းတို့ဟာကို ယူလျှင် အခြားရုံး၏ တန်ဖိုးကို အမှုတွဲထဲ ထည့်ပါသည်။ တစ်ဖက်တည်းတွင် ပြောင်းလဲခဲ့သော အကွက်များကို ပေါင်းစည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No open conflicts: every received case is merged.</source>
        <translation>ဖြေရှင်းရန် ကွဲလွဲမှု မရှိပါ- လက်ခံရရှိသော အမှုတွဲတိုင်းကို ပေါင်းစည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {number}: 1 field to choose</source>
        <translation>အမှုတွဲ {number}- ရွေးရန် အကွက် ၁ ခု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {number}: {count} fields to choose</source>
        <translation>အမှုတွဲ {number}- ရွေးရန် အကွက် {count} ခု</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>အကွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours (this office)</source>
        <translation>ကျွန်ုပ်တို့ဟာ (ဤရုံး)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (the office that sent it)</source>
        <translation>၎င်းတို့ဟာ (ပို့သောရုံး)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose ours or theirs for at least one field.</source>
        <translation>အကွက် အနည်းဆုံး တစ်ခုအတွက် ကျွန်ုပ်တို့ဟာ သို့မဟုတ် ၎င်းတို့ဟာကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case {number}: {resolved} resolved ({taken} taken from the other office); {left} still to choose.</source>
        <translation>အမှုတွဲ {number}- {resolved} ခု ဖြေရှင်းပြီး (အခြားရုံးမှ {taken} ခု ယူသည်)၊ ရွေးရန် {left} ခု ကျန်သေးသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case {number}: {resolved} resolved ({taken} taken from the other office).</source>
        <translation>အမှုတွဲ {number}- {resolved} ခု ဖြေရှင်းပြီး (အခြားရုံးမှ {taken} ခု ယူသည်)။</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="+272"/>
        <source>New passphrase</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>စကားဝှက်စာကြောင်း ထပ်မံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>စကားဝှက်စာကြောင်းကို ပြရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>စကားဝှက်စာကြောင်း နှစ်ခု မတူညီပါ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it again:</source>
        <translation>ထပ်မံ ရိုက်ထည့်ပါ-</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/rekey_dialog.py" line="+15"/>
        <source>New recovery key</source>
        <translation>ပြန်လည်ရယူရေးကီး အသစ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is now encrypted under a new key. Everyone keeps their passphrase; an old copy of the key file (in an old backup, say) opens nothing any more, and the old recovery key no longer works. Print this new recovery key and lock it away, then take a new backup.</source>
        <translation>သိုလှောင်ခန်းကို ယခု ကီးအသစ်ဖြင့် ကုဒ်ဝှက်ထားပါသည်။ လူတိုင်း ၎င်းတို့၏ စကားဝှက်စာကြောင်းကို ဆက်သုံးနိုင်သည်၊ ကီးဖိုင်၏ မိတ္တူဟောင်း (ဥပမာ အရန်မိတ္တူဟောင်းထဲရှိ) သည် မည်သည့်အရာကိုမျှ မဖွင့်နိုင်တော့ဘဲ ပြန်လည်ရယူရေးကီးဟောင်းလည်း အလုပ်မလုပ်တော့ပါ။ ဤပြန်လည်ရယူရေးကီးအသစ်ကို ပုံနှိပ်ပြီး သော့ခတ်သိမ်းထားပါ၊ ထို့နောက် အရန်မိတ္တူအသစ် ကူးပါ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="+17"/>
        <source>Internal notes: never printed unless a procedure requires.</source>
        <translation>အတွင်းရေး မှတ်စုများ- လုပ်ထုံးလုပ်နည်းက မလိုအပ်လျှင် ဘယ်တော့မှ ပုံမနှိပ်ပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Text of the selected note</source>
        <translation>ရွေးထားသော မှတ်စု၏ စာသား(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/notice_dialog.py" line="+39"/>
        <source>Applicant information notice</source>
        <translation>လျှောက်ထားသူ အသိပေးစာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the notice</source>
        <translation>အသိပေးစာ၏ ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>English (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice preview</source>
        <translation>အသိပေးစာ အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန်…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>သိမ်းရန်…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The notice could not be made: {reason}</source>
        <translation>အသိပေးစာကို မပြုလုပ်နိုင်ပါ- {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{pages} pages.</source>
        <translation>စာမျက်နှာ {pages} မျက်နှာ။</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not printed: {reason}</source>
        <translation>ပုံမနှိပ်ရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>စာမျက်နှာ {pages} မျက်နှာကို ပုံနှိပ်စက်သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: {reason}</source>
        <translation>မသိမ်းရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file}.</source>
        <translation>{file} ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>information notice</source>
        <translation>အသိပေးစာ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save notice</source>
        <translation>အသိပေးစာ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <location filename="../../asylum_desk/ui/office/menu.py" line="+35"/>
        <source>&amp;Users…</source>
        <translation>အသုံးပြုသူများ…(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can unlock this vault, and their roles.</source>
        <translation>ဤသိုလှောင်ခန်းကို သော့ဖွင့်နိုင်သူများနှင့် ၎င်းတို့၏ တာဝန်များ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>စာရင်းစစ်မှတ်တမ်း…(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who did what and when, by user, case, action and day.</source>
        <translation>မည်သူက ဘာကို မည်သည့်အချိန်တွင် လုပ်ခဲ့သည်၊ အသုံးပြုသူ၊ အမှုတွဲ၊ လုပ်ဆောင်ချက်နှင့် နေ့အလိုက်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retention and erasure…</source>
        <translation>ထိန်းသိမ်းထားမှုနှင့် ဖျက်ပစ်မှု…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long closed cases are kept; approve the erasure of those due.</source>
        <translation>ပိတ်ထားသော အမှုတွဲများကို မည်မျှကြာ ထိန်းသိမ်းထားမည်၊ သတ်မှတ်ချိန်ရောက်သော အမှုတွဲများ ဖျက်ပစ်ရန် အတည်ပြုပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge conflicts…</source>
        <translation>ပေါင်းစည်းမှု ကွဲလွဲချက်များ…(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of received cases changed both here and at another office: choose which to keep.</source>
        <translation>ဤနေရာတွင်ရော အခြားရုံးတွင်ပါ ပြောင်းလဲခဲ့သော လက်ခံရရှိသည့် အမှုတွဲများ၏ အကွက်များ- မည်သည့်ဟာကို ထားမည် ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ssign case…</source>
        <translation>အမှုတွဲ တာဝန်ပေးရန်…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign the open or selected case to a caseworker or an interpreter.</source>
        <translation>ဖွင့်ထားသော သို့မဟုတ် ရွေးထားသော အမှုတွဲကို အမှုတွဲတာဝန်ခံ သို့မဟုတ် စကားပြန်ထံ တာဝန်ပေးရန်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-&amp;key the vault…</source>
        <translation>သိုလှောင်ခန်း၏ ကီးကို ပြောင်းရန်…(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the vault under a new key (after removing a user); prints a new recovery key.</source>
        <translation>သိုလှောင်ခန်းကို ကီးအသစ်ဖြင့် ကုဒ်ဝှက်ရန် (အသုံးပြုသူတစ်ဦးကို ဖယ်ရှားပြီးနောက်)၊ ပြန်လည်ရယူရေးကီးအသစ်ကို ပုံနှိပ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatistics…</source>
        <translation>စာရင်းအင်းများ…(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts of cases by month, place, reason, status and need; no names, small counts hidden.</source>
        <translation>လ၊ နေရာ၊ အကြောင်းရင်း၊ အခြေအနေနှင့် လိုအပ်ချက်အလိုက် အမှုတွဲ အရေအတွက်များ၊ အမည်မပါ၊ အရေအတွက်နည်းသည်များကို ဝှက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{number} was erased and is closed.</source>
        <translation>{number} ကို ဖျက်ပစ်ပြီး ပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} was changed by resolving conflicts; open it again to see the changes before saving it.</source>
        <translation>ကွဲလွဲမှုများ ဖြေရှင်းခြင်းဖြင့် {number} ပြောင်းလဲသွားသည်၊ မသိမ်းမီ ပြောင်းလဲမှုများကို ကြည့်ရန် ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a saved case, or select one case in the list, to assign it.</source>
        <translation>တာဝန်ပေးရန် သိမ်းထားသော အမှုတွဲတစ်ခုကို ဖွင့်ပါ သို့မဟုတ် စာရင်းထဲမှ အမှုတွဲတစ်ခုကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>OfficeCommon</name>
    <message>
        <location filename="../../asylum_desk/ui/office/common.py" line="+165"/>
        <source>Working</source>
        <translation>လုပ်ဆောင်နေသည်</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/office_dialog.py" line="+32"/>
        <source>&amp;Users</source>
        <translation>အသုံးပြုသူများ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>စာရင်းစစ်မှတ်တမ်း(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retention and erasure</source>
        <translation>ထိန်းသိမ်းထားမှုနှင့် ဖျက်ပစ်မှု(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge conflicts</source>
        <translation>ပေါင်းစည်းမှု ကွဲလွဲချက်များ(&amp;M)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Office — {office}</source>
        <translation>ရုံး — {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>ရုံး</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="-181"/>
        <source>Your office</source>
        <translation>သင့်ရုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These appear on case numbers and on the documents you print.</source>
        <translation>၎င်းတို့သည် အမှုတွဲနံပါတ်များနှင့် သင်ပုံနှိပ်သော စာရွက်စာတမ်းများပေါ်တွင် ပေါ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Champhai field office</source>
        <translation>ဥပမာ Champhai ကွင်းဆင်းရုံး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. CPH</source>
        <translation>ဥပမာ CPH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>စာလုံးဖြင့် စသော စာလုံးကြီး သို့မဟုတ် ဂဏန်း 2 မှ 8 လုံး သုံးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office name:</source>
        <translation>ရုံးအမည်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office code:</source>
        <translation>ရုံးကုဒ်-</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case numbers will look like {example}.</source>
        <translation>အမှုတွဲနံပါတ်များသည် {example} ကဲ့သို့ ဖြစ်ပါမည်။</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/packet_dialog.py" line="+56"/>
        <source>Packet for {number}</source>
        <translation>{number} အတွက် စာတွဲ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packet status</source>
        <translation>စာတွဲ အခြေအနေ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No packet can be made: {reason}</source>
        <translation>စာတွဲ မပြုလုပ်နိုင်ပါ- {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter in</source>
        <translation>စာ၏ ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the recipient&apos;s wording: cover letter, confidentiality notice, declaration and certificates. The data sheets stay in English.</source>
        <translation>လက်ခံသူအတွက် ရေးသားချက်၏ ဘာသာစကား- ပူးတွဲစာ၊ လျှို့ဝှက်ထားရှိမှု အသိပေးချက်၊ ကြေညာချက်နှင့် လက်မှတ်များ။ အချက်အလက်စာရွက်များသည် အင်္ဂလိပ်ဘာသာဖြင့်သာ ရှိပါမည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaration also in</source>
        <translation>ကြေညာချက်ကို ဤဘာသာဖြင့်လည်း</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The declaration is in English and in the applicant&apos;s own language, so that they read what they sign. The recipient&apos;s letters are in the recipient&apos;s language.</source>
        <translation>လျှောက်ထားသူသည် လက်မှတ်ထိုးမည့်အရာကို ဖတ်နိုင်စေရန် ကြေညာချက်ကို အင်္ဂလိပ်ဘာသာနှင့် လျှောက်ထားသူ၏ ကိုယ်ပိုင်ဘာသာစကားဖြင့် ရေးထားပါသည်။ လက်ခံသူထံ စာများသည် လက်ခံသူ၏ ဘာသာစကားဖြင့် ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to include</source>
        <translation>ထည့်သွင်းမည့် စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{document}  (always included)</source>
        <translation>{document}  (အမြဲ ပါဝင်သည်)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>What this recipient will receive</source>
        <translation>ဤလက်ခံသူ ရရှိမည့်အရာ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Recipient</source>
        <translation>လက်ခံသူ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter in</source>
        <translation>စာ၏ ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration also in</source>
        <translation>ကြေညာချက်ကို ဤဘာသာဖြင့်လည်း(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Make packet</source>
        <translation>စာတွဲ ပြုလုပ်ရန်(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>English</source>
        <translation>English (အင်္ဂလိပ်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>हिन्दी (Hindi)</source>
        <translation>हिन्दी (ဟိန္ဒီ)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Packet preview</source>
        <translation>စာတွဲ အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom</source>
        <translation>ချဲ့ချုံ့ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>စာမျက်နှာ အကျယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>စာမျက်နှာ အပြည့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>အမှန်အရွယ်အစား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>နောက်သို့(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>သိမ်းရန်…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>ပုံနှိပ်ရန်…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Making the packet…</source>
        <translation>စာတွဲကို ပြုလုပ်နေသည်…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No packet was made: {reason}</source>
        <translation>စာတွဲ မပြုလုပ်ရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pages} pages for {recipient}. Not saved or printed yet.</source>
        <translation>{recipient} အတွက် စာမျက်နှာ {pages} မျက်နှာ။ မသိမ်း မပုံနှိပ်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing: {missing}</source>
        <translation>လိုနေသေးသည်- {missing}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not printed: {reason}</source>
        <translation>ပုံမနှိပ်ရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>စာမျက်နှာ {pages} မျက်နှာကို ပုံနှိပ်စက်သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: {reason}</source>
        <translation>မသိမ်းရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} with a password (SHA-256 {digest}…).</source>
        <translation>{file} ကို စကားဝှက်ဖြင့် သိမ်းပြီးပါပြီ (SHA-256 {digest}…)။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file} WITHOUT a password (SHA-256 {digest}…).</source>
        <translation>{file} ကို စကားဝှက် မပါဘဲ သိမ်းပြီးပါပြီ (SHA-256 {digest}…)။</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save packet</source>
        <translation>စာတွဲ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ဖိုင်များ (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The applicant&apos;s real name and identity details are disclosed.</source>
        <translation>လျှောက်ထားသူ၏ အမည်ရင်းနှင့် အထောက်အထား အသေးစိတ်ကို ဖော်ပြပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The applicant&apos;s name is disclosed; other identity details are withheld.</source>
        <translation>လျှောက်ထားသူ၏ အမည်ကို ဖော်ပြပါသည်၊ အခြား အထောက်အထား အသေးစိတ်များကို ချန်ထားပါသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The applicant appears only under a pseudonym; the real name is left out.</source>
        <translation>လျှောက်ထားသူကို အမည်ဝှက်ဖြင့်သာ ပြသည်၊ အမည်ရင်းကို ချန်ထားပါသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family members&apos; names and places are disclosed.</source>
        <translation>မိသားစုဝင်များ၏ အမည်နှင့် နေရာများကို ဖော်ပြပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family left behind appear only by relationship, situation and month of last contact.</source>
        <translation>ကျန်ရစ်ခဲ့သော မိသားစုဝင်များကို တော်စပ်ပုံ၊ အခြေအနေနှင့် နောက်ဆုံးဆက်သွယ်သည့်လ တို့ဖြင့်သာ ပြသည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out of this packet ({count}):</source>
        <translation>ဤစာတွဲမှ ချန်ထားသည် ({count})-</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing recorded in the case is left out.</source>
        <translation>အမှုတွဲတွင် မှတ်တမ်းတင်ထားသည့် မည်သည့်အရာမျှ မချန်ထားပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything else recorded in the case is included.</source>
        <translation>အမှုတွဲတွင် မှတ်တမ်းတင်ထားသည့် ကျန်အရာအားလုံး ပါဝင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure asks for what this case lacks:</source>
        <translation>လုပ်ထုံးလုပ်နည်းက ဤအမှုတွဲတွင် မရှိသေးသည်များကို တောင်းဆိုသည်-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can still make the packet.</source>
        <translation>စာတွဲကို ပြုလုပ်နိုင်ပါသေးသည်။</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/fields.py" line="+73"/>
        <source>Partial dates are fine: {hint}</source>
        <translation>ရက်စွဲ မပြည့်စုံလည်း ရပါသည်- {hint}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="-258"/>
        <source>Very weak</source>
        <translation>အလွန်အားနည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>အားနည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>သင့်တင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>ကောင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>ခိုင်မာ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is one of the most common passwords; please choose something else.</source>
        <translation>၎င်းသည် အသုံးအများဆုံး စကားဝှက်များထဲမှ တစ်ခု ဖြစ်သည်၊ ကျေးဇူးပြု၍ အခြားတစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least {count} characters. A few unrelated words are easiest to remember.</source>
        <translation>အနည်းဆုံး စာလုံး {count} လုံး သုံးပါ။ မဆက်စပ်သော စကားလုံး အနည်းငယ်သည် မှတ်ရအလွယ်ဆုံး ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out your own name and the office&apos;s name or code: they are guessed first.</source>
        <translation>သင့်အမည်နှင့် ရုံး၏ အမည် သို့မဟုတ် ကုဒ်ကို မထည့်ပါနှင့်- ၎င်းတို့ကို အရင်ဆုံး ခန့်မှန်းကြပါသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid repeated characters and sequences like “abc” or “123”.</source>
        <translation>ထပ်ခါထပ်ခါ စာလုံးများနှင့် “abc” သို့မဟုတ် “123” ကဲ့သို့ အစဉ်လိုက်များကို ရှောင်ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another unrelated word or two: length helps most.</source>
        <translation>မဆက်စပ်သော စကားလုံး တစ်လုံး နှစ်လုံး ထပ်ထည့်ပါ- အရှည်က အကူအညီ အများဆုံး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more word would make it strong.</source>
        <translation>စကားလုံး တစ်လုံး ထပ်ထည့်လျှင် ခိုင်မာပါမည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure you can remember it without writing it down.</source>
        <translation>မရေးမှတ်ဘဲ မှတ်မိနိုင်ကြောင်း သေချာပါစေ။</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../asylum_desk/ui/pdf_printing.py" line="+41"/>
        <source>The packet could not be read back for display.</source>
        <translation>ပြသရန် စာတွဲကို ပြန်ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The printer could not be started; check that it is connected.</source>
        <translation>ပုံနှိပ်စက်ကို မစတင်နိုင်ပါ၊ ချိတ်ဆက်ထားခြင်း ရှိမရှိ စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {number} of the packet could not be drawn.</source>
        <translation>စာတွဲ၏ စာမျက်နှာ {number} ကို မရေးဆွဲနိုင်ပါ။</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/person_form.py" line="+46"/>
        <source>Dependent as&amp;ked not to be named</source>
        <translation>မှီခိုသူက အမည်မဖော်ရန် တောင်းဆိုထားသည်(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant as&amp;ked not to be named</source>
        <translation>လျှောက်ထားသူက အမည်မဖော်ရန် တောင်းဆိုထားသည်(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Applicant K</source>
        <translation>ဥပမာ လျှောက်ထားသူ K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pseudonym</source>
        <translation>အမည်ဝှက်(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used instead of the name everywhere outside this case.</source>
        <translation>ဤအမှုတွဲ၏ အပြင်ဘက် နေရာတိုင်းတွင် အမည်အစား အသုံးပြုသည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymity</source>
        <translation>အမည်မဖော်ခြင်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. husband, daughter, grandson</source>
        <translation>ဥပမာ ခင်ပွန်း၊ သမီး၊ မြေး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to applicant</source>
        <translation>လျှောက်ထားသူနှင့် တော်စပ်ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aung Ko Ko</source>
        <translation>ဥပမာ Aung Ko Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names</source>
        <translation>အမည်(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Famil&amp;y name</source>
        <translation>မိသားစုအမည်(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty if there is none: many Burmese names have none.</source>
        <translation>မရှိလျှင် ကွက်လပ်ထားပါ- မြန်မာအမည် အများအပြားတွင် မိသားစုအမည် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in Burmese script, e.g. အောင်ကိုကို</source>
        <translation>မြန်မာစာဖြင့်၊ ဥပမာ အောင်ကိုကို</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Burmese script</source>
        <translation>မြန်မာစာဖြင့် အမည်(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Al&amp;iases, spellings</source>
        <translation>အခြားအမည်များ၊ စာလုံးပေါင်းများ(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line: other transliterations, nicknames, the name on documents.</source>
        <translation>တစ်ကြောင်းလျှင် တစ်ခု- အခြား အက္ခရာပြောင်းရေးပုံများ၊ နာမည်ပြောင်များ၊ စာရွက်စာတမ်းပါ အမည်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <translation>— မှတ်တမ်းမတင်ရသေး —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>ကျား/မ(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth</source>
        <translation>မွေးသက္ကရာဇ်(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>e.g. MMR</source>
        <translation>ဥပမာ MMR</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Nationality</source>
        <translation>နိုင်ငံသား(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>အထောက်အထား</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Chin (Zo)</source>
        <translation>ဥပမာ ချင်း (ဇို)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;thnicity</source>
        <translation>လူမျိုး(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Religion</source>
        <translation>ဘာသာ(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes, e.g. my, en, ctd</source>
        <translation>ဘာသာစကားကုဒ်များ၊ ဥပမာ my, en, ctd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>ဘာသာစကားများ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Police constable, teacher, farmer</source>
        <translation>ဥပမာ ရဲကွန်စတပ်၊ ဆရာ၊ လယ်သမား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>အလုပ်အကိုင်(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. via caseworker only</source>
        <translation>ဥပမာ အမှုတွဲတာဝန်ခံမှတစ်ဆင့်သာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact in &amp;host country</source>
        <translation>လက်ခံနိုင်ငံရှိ ဆက်သွယ်ရန်(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>နောက်ခံအချက်အလက်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Myanmar Police Force</source>
        <translation>ဥပမာ မြန်မာနိုင်ငံ ရဲတပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>တပ်ခွဲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>တပ်မှတ်နံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police or armed forces</source>
        <translation>ရဲ သို့မဟုတ် လက်နက်ကိုင်တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served in police or armed forces</source>
        <translation>ရဲ သို့မဟုတ် လက်နက်ကိုင်တပ်ဖွဲ့တွင် တာဝန်ထမ်းဆောင်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sagaing Region</source>
        <translation>ဥပမာ စစ်ကိုင်းတိုင်းဒေသကြီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region or state</source>
        <translation>တိုင်းဒေသကြီး သို့မဟုတ် ပြည်နယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village or ward</source>
        <translation>ကျေးရွာ သို့မဟုတ် ရပ်ကွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>မူရင်းနေရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place of origin recorded</source>
        <translation>မူရင်းနေရာ မှတ်တမ်းတင်ထားသည်</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/preferences_dialog.py" line="+68"/>
        <source>Interface lan&amp;guage</source>
        <translation>အသုံးပြုမှု ဘာသာစကား(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>ဘာသာစကားအသစ်သည် နောက်တစ်ကြိမ် စဖွင့်သည့်အခါ သက်ရောက်ပါမည်။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>System language</source>
        <translation>စနစ်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>အသုံးပြုမှု ဘာသာစကား</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/common.py" line="+155"/>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>ရပ်တန့်နေသည်…</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <location line="-131"/>
        <source>QR code of this office&apos;s identity</source>
        <translation>ဤရုံး၏ အထောက်အထား QR ကုဒ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another office can scan this with a phone to get the identity line.</source>
        <translation>အခြားရုံးသည် အထောက်အထားစာကြောင်းကို ရယူရန် ၎င်းကို ဖုန်းဖြင့် စကင်ဖတ်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/receive_dialog.py" line="+51"/>
        <location line="+20"/>
        <source>Receive a case bundle</source>
        <translation>အမှုတွဲအထုပ် လက်ခံရန်</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Case bundles (*{suffix});;All files (*)</source>
        <translation>အမှုတွဲအထုပ်များ (*{suffix});;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundle: {file}</source>
        <translation>အထုပ်- {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving result</source>
        <translation>လက်ခံမှု ရလဒ်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An office that is not in your address book</source>
        <translation>သင့်လိပ်စာစာအုပ်ထဲတွင် မရှိသော ရုံး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending office</source>
        <translation>ပို့သောရုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s fingerprint</source>
        <translation>ပို့သူ၏ လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone that office (at a number you already know, not one from the message) and ask them to read out their fingerprint. Type it here. The bundle is opened, and the office added to your address book, only if the two are the same.</source>
        <translation>ထိုရုံးကို ဖုန်းဆက်ပါ (မက်ဆေ့ချ်ထဲမှ နံပါတ် မဟုတ်ဘဲ သင်သိပြီးသား နံပါတ်ဖြင့်) ပြီး ၎င်းတို့၏ လက်ဗွေကို ဖတ်ပြခိုင်းပါ။ ဤနေရာတွင် ရိုက်ထည့်ပါ။ နှစ်ခု တူညီမှသာ အထုပ်ကို ဖွင့်ပြီး ရုံးကို သင့်လိပ်စာစာအုပ်ထဲ ထည့်ပါမည်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint read out by phone</source>
        <translation>ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept this office and receive</source>
        <translation>ဤရုံးကို လက်ခံပြီး ရယူရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>ရုံး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint</source>
        <translation>၎င်း၏ လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint read out by &amp;phone</source>
        <translation>ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေ(&amp;P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening the bundle…</source>
        <translation>အထုပ်ကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving the bundle</source>
        <translation>အထုပ်ကို လက်ခံနေသည်</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the fingerprint the office read out to you by phone.</source>
        <translation>ရုံးက ဖုန်းဖြင့် ဖတ်ပြသော လက်ဗွေကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fingerprint you typed is not this bundle&apos;s sender&apos;s: do not open it. Nothing was changed.</source>
        <translation>သင်ရိုက်ထည့်သော လက်ဗွေသည် ဤအထုပ်ပို့သူ၏ လက်ဗွေ မဟုတ်ပါ- မဖွင့်ပါနှင့်။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>ရပ်တန့်လိုက်သည်၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received: {reason}</source>
        <translation>လက်မခံရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor or an administrator may accept a new office. Ask one to add it (File › Offices and identity…), then receive the bundle again.</source>
        <translation>ကြီးကြပ်သူ သို့မဟုတ် စီမံခန့်ခွဲသူသာ ရုံးအသစ်ကို လက်ခံနိုင်ပါသည်။ တစ်ဦးဦးကို ထည့်ခိုင်းပါ (ဖိုင် › ရုံးများနှင့် အထောက်အထား…)၊ ထို့နောက် အထုပ်ကို ထပ်မံ လက်ခံပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle comes from office {office}, which is not in your address book. Nothing was changed yet.</source>
        <translation>အထုပ်သည် သင့်လိပ်စာစာအုပ်ထဲတွင် မရှိသော ရုံး {office} မှ လာပါသည်။ မည်သည့်အရာမျှ မပြောင်းလဲရသေးပါ။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received from office {office}.</source>
        <translation>ရုံး {office} ထံမှ လက်ခံရရှိသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: 1 case ({numbers}).</source>
        <translation>အသစ်- အမှုတွဲ ၁ ခု ({numbers})။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: {count} cases ({numbers}).</source>
        <translation>အသစ်- အမှုတွဲ {count} ခု ({numbers})။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged into cases you had: 1 case ({numbers}).</source>
        <translation>သင့်ထံရှိပြီးသား အမှုတွဲများထဲ ပေါင်းစည်းသည်- အမှုတွဲ ၁ ခု ({numbers})။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into cases you had: {count} cases ({numbers}).</source>
        <translation>သင့်ထံရှိပြီးသား အမှုတွဲများထဲ ပေါင်းစည်းသည်- အမှုတွဲ {count} ခု ({numbers})။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new: every case in it was already here as it is.</source>
        <translation>အသစ် မရှိပါ- ၎င်းထဲရှိ အမှုတွဲတိုင်း ဤနေရာတွင် ထိုအတိုင်း ရှိပြီးသားဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 field needs a supervisor: Office › Merge conflicts.</source>
        <translation>အကွက် ၁ ခုအတွက် ကြီးကြပ်သူ လိုအပ်သည်- ရုံး › ပေါင်းစည်းမှု ကွဲလွဲချက်များ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} fields need a supervisor: Office › Merge conflicts.</source>
        <translation>အကွက် {count} ခုအတွက် ကြီးကြပ်သူ လိုအပ်သည်- ရုံး › ပေါင်းစည်းမှု ကွဲလွဲချက်များ။</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/recovery_dialog.py" line="+71"/>
        <source>Reset your passphrase</source>
        <translation>သင့်စကားဝှက်စာကြောင်းကို ပြန်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key that was printed or written down when this vault was created. Then choose a new passphrase for your user.</source>
        <translation>ဤသိုလှောင်ခန်းကို ဖန်တီးစဉ်က ပုံနှိပ်ထားသော သို့မဟုတ် ရေးမှတ်ထားသော ပြန်လည်ရယူရေးကီးကို ရိုက်ထည့်ပါ။ ထို့နောက် သင့်အသုံးပြုသူအတွက် စကားဝှက်စာကြောင်း အသစ် ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>အသုံးပြုသူအမည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>ပြန်လည်ရယူရေးကီး</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User name:</source>
        <translation>အသုံးပြုသူအမည်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>ပြန်လည်ရယူရေးကီး-</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း အသစ်-</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset passphrase and unlock</source>
        <translation>စကားဝှက်စာကြောင်း ပြန်သတ်မှတ်ပြီး သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Capital or small letters, spaces and dashes do not matter.</source>
        <translation>စာလုံးကြီး စာလုံးသေး၊ space နှင့် dash များ အရေးမကြီးပါ။</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the vault with the recovery key…</source>
        <translation>ပြန်လည်ရယူရေးကီးဖြင့် သိုလှောင်ခန်းကို ဖွင့်နေသည်…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+152"/>
        <source>Your recovery key</source>
        <translation>သင့်ပြန်လည်ရယူရေးကီး</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If every passphrase is forgotten, this key is the only way back into the vault. It is shown only now.</source>
        <translation>စကားဝှက်စာကြောင်းတိုင်း မေ့သွားလျှင် သိုလှောင်ခန်းထဲ ပြန်ဝင်ရန် ဤကီးသာ တစ်ခုတည်းသော နည်းလမ်း ဖြစ်သည်။ ယခုသာ ပြသပါသည်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>ပြန်လည်ရယူရေးကီး</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>ပုံနှိပ်ရန်…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written down or printed the recovery key and will keep it locked away</source>
        <translation>ပြန်လည်ရယူရေးကီးကို ရေးမှတ်ပြီး သို့မဟုတ် ပုံနှိပ်ပြီး သော့ခတ်သိမ်းထားပါမည်</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>13 groups of 5 characters, five groups to a line. Keep it apart from this computer: anyone with both can open every case.</source>
        <translation>စာလုံး 5 လုံးပါ အုပ်စု 13 စု၊ တစ်ကြောင်းလျှင် အုပ်စု ငါးစု။ ဤကွန်ပျူတာနှင့် သီးခြားထားပါ- နှစ်ခုလုံး ရှိသူ မည်သူမဆို အမှုတွဲတိုင်းကို ဖွင့်နိုင်ပါသည်။</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location line="+138"/>
        <source>Asylum Desk: recovery key</source>
        <translation>Asylum Desk- ပြန်လည်ရယူရေးကီး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office}, vault created on {day}.</source>
        <translation>ရုံး {office}၊ သိုလှောင်ခန်းကို {day} တွင် ဖန်တီးခဲ့သည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If every passphrase is forgotten, open Asylum Desk, choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; and type this key. Capital or small letters, spaces and dashes do not matter; a typo is caught and its group named.</source>
        <translation>စကားဝှက်စာကြောင်းတိုင်း မေ့သွားလျှင် Asylum Desk ကို ဖွင့်ပြီး &lt;b&gt;စကားဝှက်စာကြောင်း မေ့သွားပါသလား။&lt;/b&gt; ကို ရွေးကာ ဤကီးကို ရိုက်ထည့်ပါ။ စာလုံးကြီး စာလုံးသေး၊ space နှင့် dash များ အရေးမကြီးပါ၊ ရိုက်မှားလျှင် သိရှိပြီး ၎င်း၏ အုပ်စုကို ဖော်ပြပါမည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Keep this sheet locked away, never with the laptop.&lt;/b&gt; Anyone who has both can open every case. Do not photograph it or keep a copy on a computer or phone.</source>
        <translation>&lt;b&gt;ဤစာရွက်ကို သော့ခတ်သိမ်းထားပါ၊ လက်ပ်တော့နှင့် အတူ ဘယ်တော့မှ မထားပါနှင့်။&lt;/b&gt; နှစ်ခုလုံး ရှိသူ မည်သူမဆို အမှုတွဲတိုင်းကို ဖွင့်နိုင်ပါသည်။ ဓာတ်ပုံ မရိုက်ပါနှင့်၊ ကွန်ပျူတာ သို့မဟုတ် ဖုန်းပေါ်တွင် မိတ္တူ မထားပါနှင့်။</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the recovery key</source>
        <translation>ပြန်လည်ရယူရေးကီးကို ပုံနှိပ်ရန်</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/retention_page.py" line="+47"/>
        <source>case {number}</source>
        <translation>အမှုတွဲ {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cases ({numbers} and {more} more)</source>
        <translation>အမှုတွဲ {count} ခု ({numbers} နှင့် နောက်ထပ် {more} ခု)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cases ({numbers})</source>
        <translation>အမှုတွဲ {count} ခု ({numbers})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase cases for good?</source>
        <translation>အမှုတွဲများကို အပြီးတိုင် ဖျက်မလား။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Erase case {number} for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;အမှုတွဲ {number} ကို အပြီးတိုင် ဖျက်မလား။&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Erase {count} cases for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;အမှုတွဲ {count} ခုကို အပြီးတိုင် ဖျက်မလား။&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This permanently removes {what} from this vault: the applicant, dependents, family left behind, statement, scans, documents, consents, notes, assignments and every user&apos;s drafts. It cannot be undone. Only an audit line with the case number remains.</source>
        <translation>ဤလုပ်ဆောင်ချက်သည် {what} ကို ဤသိုလှောင်ခန်းမှ အပြီးတိုင် ဖယ်ရှားပါသည်- လျှောက်ထားသူ၊ မှီခိုသူများ၊ ကျန်ရစ်ခဲ့သော မိသားစု၊ ထွက်ဆိုချက်၊ စကင်ဖတ်ပုံများ၊ စာရွက်စာတမ်းများ၊ သဘောတူညီချက်များ၊ မှတ်စုများ၊ တာဝန်ပေးမှုများနှင့် အသုံးပြုသူတိုင်း၏ မူကြမ်းများ။ ပြန်ပြင်၍ မရပါ။ အမှုတွဲနံပါတ်ပါသော စာရင်းစစ်စာကြောင်း တစ်ကြောင်းသာ ကျန်ပါမည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups taken before now still hold these cases: replace them after erasing. Exported files, saved packets and printed pages are outside the vault and are not touched.</source>
        <translation>ယခုမတိုင်မီ ကူးထားသော အရန်မိတ္တူများတွင် ဤအမှုတွဲများ ရှိနေဆဲဖြစ်သည်- ဖျက်ပြီးနောက် ၎င်းတို့ကို အစားထိုးပါ။ ထုတ်ယူထားသော ဖိုင်များ၊ သိမ်းထားသော စာတွဲများနှင့် ပုံနှိပ်ထားသော စာမျက်နှာများသည် သိုလှောင်ခန်း၏ အပြင်တွင် ရှိသဖြင့် မထိခိုက်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase for good</source>
        <translation>အပြီးတိုင် ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {count} cases for good</source>
        <translation>အမှုတွဲ {count} ခုကို အပြီးတိုင် ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Keep closed cases: no retention period</source>
        <translation>ပိတ်ထားသော အမှုတွဲများကို ထားရန်- ထိန်းသိမ်းကာလ မသတ်မှတ်(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase closed cases</source>
        <translation>ပိတ်ထားသော အမှုတွဲများကို ဖျက်ရန်(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source> years after closing</source>
        <translation> နှစ်၊ ပိတ်ပြီးနောက်</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Retention period in years</source>
        <translation>ထိန်းသိမ်းကာလ (နှစ်)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save period</source>
        <translation>ကာလ သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A closed case becomes due for erasure that many years after the day it was closed; a supervisor then approves each erasure. Nothing is erased by itself.</source>
        <translation>ပိတ်ထားသော အမှုတွဲသည် ပိတ်သည့်နေ့မှ ထိုနှစ်အရေအတွက် ကြာပြီးနောက် ဖျက်ရန် သတ်မှတ်ချိန် ရောက်ပါသည်၊ ထို့နောက် ကြီးကြပ်သူက ဖျက်ပစ်မှုတိုင်းကို အတည်ပြုပါသည်။ မည်သည့်အရာမျှ အလိုအလျောက် မဖျက်ပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closed case becomes due for erasure that many years after the day it was closed; a supervisor then approves each erasure. Nothing is erased by itself. Only an administrator changes the period.</source>
        <translation>ပိတ်ထားသော အမှုတွဲသည် ပိတ်သည့်နေ့မှ ထိုနှစ်အရေအတွက် ကြာပြီးနောက် ဖျက်ရန် သတ်မှတ်ချိန် ရောက်ပါသည်၊ ထို့နောက် ကြီးကြပ်သူက ဖျက်ပစ်မှုတိုင်းကို အတည်ပြုပါသည်။ မည်သည့်အရာမျှ အလိုအလျောက် မဖျက်ပါ။ စီမံခန့်ခွဲသူသာ ကာလကို ပြောင်းနိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention period</source>
        <translation>ထိန်းသိမ်းကာလ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case number</source>
        <translation>အမှုတွဲနံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>ပိတ်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>ဖျက်ရန် ရောက်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>ပိတ်ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Cases due for erasure</source>
        <translation>ဖျက်ရန် သတ်မှတ်ချိန်ရောက်သော အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Select &amp;all</source>
        <translation>အားလုံး ရွေးရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>E&amp;rase selected…</source>
        <translation>ရွေးထားသည်များကို ဖျက်ရန်…(&amp;R)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&amp;Finish overwriting</source>
        <translation>ထပ်ရေးခြင်း ပြီးဆုံးစေရန်(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite the space of cases already erased, once the vault is closed elsewhere.</source>
        <translation>သိုလှောင်ခန်းကို အခြားနေရာတွင် ပိတ်ပြီးသည်နှင့် ဖျက်ပြီးသော အမှုတွဲများ၏ နေရာကို ထပ်ရေးရန်။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the cases whose erasure you approve (Ctrl+click or Shift+click for several). Erasure overwrites the space they used, which can take a while.</source>
        <translation>ဖျက်ရန် သင်အတည်ပြုသော အမှုတွဲများကို ရွေးပါ (အများအပြားအတွက် Ctrl+click သို့မဟုတ် Shift+click)။ ဖျက်ပစ်ခြင်းသည် ၎င်းတို့သုံးခဲ့သော နေရာကို ထပ်ရေးသဖြင့် အချိန်အနည်းငယ် ကြာနိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retention status</source>
        <translation>ထိန်းသိမ်းမှု အခြေအနေ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> year after closing</source>
        <translation> နှစ်၊ ပိတ်ပြီးနောက်</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period not changed: {reason}</source>
        <translation>ကာလ မပြောင်းရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No retention period: closed cases are kept.</source>
        <translation>ထိန်းသိမ်းကာလ မရှိပါ- ပိတ်ထားသော အမှုတွဲများကို ဆက်ထားပါသည်။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed cases are now due for erasure {years} years after closing.</source>
        <translation>ပိတ်ထားသော အမှုတွဲများကို ယခု ပိတ်ပြီး {years} နှစ်အကြာတွင် ဖျက်ရန် သတ်မှတ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No case is due for erasure: no retention period is set.</source>
        <translation>ဖျက်ရန် သတ်မှတ်ချိန်ရောက်သော အမှုတွဲ မရှိပါ- ထိန်းသိမ်းကာလ မသတ်မှတ်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case is due for erasure.</source>
        <translation>ဖျက်ရန် သတ်မှတ်ချိန်ရောက်သော အမှုတွဲ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;rase {count} selected…</source>
        <translation>ရွေးထားသော {count} ခုကို ဖျက်ရန်…(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erasing {cases} and overwriting the space…</source>
        <translation>{cases} ကို ဖျက်ပြီး နေရာကို ထပ်ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwriting the space of the erased cases…</source>
        <translation>ဖျက်ပြီးသော အမှုတွဲများ၏ နေရာကို ထပ်ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Erased {cases}; only the audit lines remain.</source>
        <translation>{cases} ကို ဖျက်ပြီးပါပြီ၊ စာရင်းစစ်စာကြောင်းများသာ ကျန်ပါသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erased {cases}, but the vault is open elsewhere (another window or command), so the space used is not overwritten yet: close it there, then press Finish overwriting.</source>
        <translation>{cases} ကို ဖျက်ပြီးပါပြီ၊ သို့သော် သိုလှောင်ခန်းကို အခြားနေရာတွင် (အခြားဝင်းဒိုး သို့မဟုတ် command တွင်) ဖွင့်ထားသဖြင့် သုံးခဲ့သော နေရာကို မထပ်ရေးရသေးပါ- ထိုနေရာတွင် ပိတ်ပြီးနောက် “ထပ်ရေးခြင်း ပြီးဆုံးစေရန်” ကို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../asylum_desk/ui/office/add_user_dialog.py" line="-121"/>
        <source>Caseworker: registers and works on their own and assigned cases</source>
        <translation>အမှုတွဲတာဝန်ခံ- အမှုတွဲ မှတ်ပုံတင်ပြီး ကိုယ်ပိုင်နှင့် တာဝန်ပေးထားသော အမှုတွဲများကို လုပ်ဆောင်သည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter: sees only the statement of assigned cases</source>
        <translation>စကားပြန်- တာဝန်ပေးထားသော အမှုတွဲများ၏ ထွက်ဆိုချက်ကိုသာ မြင်ရသည်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisor: every case, closing, assigning, erasure, audit log</source>
        <translation>ကြီးကြပ်သူ- အမှုတွဲတိုင်း၊ ပိတ်ခြင်း၊ တာဝန်ပေးခြင်း၊ ဖျက်ပစ်ခြင်း၊ စာရင်းစစ်မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator: all of that, plus users and the retention period</source>
        <translation>စီမံခန့်ခွဲသူ- ထိုအားလုံးအပြင် အသုံးပြုသူများနှင့် ထိန်းသိမ်းကာလ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/office/common.py" line="-128"/>
        <source>Administrator</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrator</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="-37"/>
        <source>dependent</source>
        <translation>မှီခိုသူ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="-92"/>
        <source>document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-6"/>
        <source>family member</source>
        <translation>မိသားစုဝင်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-15"/>
        <source>event</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-2"/>
        <source>note</source>
        <translation>မှတ်စု</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+71"/>
        <source>order</source>
        <translation>အမိန့်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/table_model.py" line="+280"/>
        <source>Row {number}, {column}: {problem}</source>
        <translation>အတန်း {number}၊ {column}- {problem}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>{text} is not a date</source>
        <translation>{text} သည် ရက်စွဲ မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a number: type whole years, e.g. 54</source>
        <translation>{text} သည် ဂဏန်း မဟုတ်ပါ- နှစ်ပြည့်ကို ရိုက်ပါ၊ ဥပမာ 54</translation>
    </message>
</context>
<context>
    <name>SavePacketDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/save_packet_dialog.py" line="+23"/>
        <source>Save packet</source>
        <translation>စာတွဲ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved packet is an ordinary PDF file outside the vault. Anyone who gets the file, or the USB stick it is on, can read everything in it unless it has a password.</source>
        <translation>သိမ်းထားသော စာတွဲသည် သိုလှောင်ခန်း၏ အပြင်ရှိ သာမန် PDF ဖိုင် ဖြစ်သည်။ စကားဝှက် မပါလျှင် ဖိုင် သို့မဟုတ် ၎င်းပါသော USB ကို ရသူ မည်သူမဆို ၎င်းထဲရှိ အရာအားလုံးကို ဖတ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protect the file with a password (AES-256)</source>
        <translation>ဖိုင်ကို စကားဝှက်ဖြင့် ကာကွယ်ရန် (AES-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without a password</source>
        <translation>စကားဝှက် မပါဘဲ သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File password</source>
        <translation>ဖိုင် စကားဝှက်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File password again</source>
        <translation>ဖိုင် စကားဝှက် ထပ်မံ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>ထပ်မံ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {count} characters. Tell it to the recipient by another way (a phone call), never in the same e-mail as the file.</source>
        <translation>အနည်းဆုံး စာလုံး {count} လုံး။ လက်ခံသူကို အခြားနည်းလမ်းဖြင့် (ဖုန်းဖြင့်) ပြောပါ၊ ဖိုင်ပါသော အီးမေးလ်ထဲတွင် ဘယ်တော့မှ မထည့်ပါနှင့်။</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save…</source>
        <translation>သိမ်းမည့်နေရာ ရွေးရန်…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password needs at least {count} characters.</source>
        <translation>စကားဝှက်တွင် အနည်းဆုံး စာလုံး {count} လုံး လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords are not the same.</source>
        <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/applicant_section.py" line="-45"/>
        <source>Applicant</source>
        <translation>လျှောက်ထားသူ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/consent_section.py" line="-131"/>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/crossing_section.py" line="-27"/>
        <source>Border crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ခြင်း</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="-16"/>
        <source>Dependents</source>
        <translation>မှီခိုသူများ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="-10"/>
        <source>Documents and scans</source>
        <translation>စာရွက်စာတမ်းနှင့် စကင်ဖတ်ပုံများ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-14"/>
        <source>Family left behind</source>
        <translation>ကျန်ရစ်ခဲ့သော မိသားစု</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-48"/>
        <source>Reasons for flight</source>
        <translation>ထွက်ပြေးရသည့် အကြောင်းရင်းများ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/history_section.py" line="-20"/>
        <source>History</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-11"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-48"/>
        <source>Service record</source>
        <translation>တာဝန်ထမ်းဆောင်မှု မှတ်တမ်း</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/send_dialog.py" line="+57"/>
        <source>Send cases</source>
        <translation>အမှုတွဲများ ပို့ရန်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case will go, encrypted so that only the offices you tick can open it, and signed by this office:</source>
        <translation>အမှုတွဲ ၁ ခု ပို့ပါမည်၊ သင်အမှန်ခြစ်သော ရုံးများသာ ဖွင့်နိုင်အောင် ကုဒ်ဝှက်ပြီး ဤရုံးက လက်မှတ်ထိုးထားပါမည်-</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cases will go, encrypted so that only the offices you tick can open them, and signed by this office:</source>
        <translation>အမှုတွဲ {count} ခု ပို့ပါမည်၊ သင်အမှန်ခြစ်သော ရုံးများသာ ဖွင့်နိုင်အောင် ကုဒ်ဝှက်ပြီး ဤရုံးက လက်မှတ်ထိုးထားပါမည်-</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases that will be sent</source>
        <translation>ပို့မည့် အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;To (tick with the space bar):</source>
        <translation>လက်ခံမည့်ရုံး (space bar ဖြင့် အမှန်ခြစ်ပါ)(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving offices</source>
        <translation>လက်ခံမည့် ရုံးများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other office is in your address book yet: add one first in File › Offices and identity….</source>
        <translation>သင့်လိပ်စာစာအုပ်ထဲတွင် အခြားရုံး မရှိသေးပါ- ဖိုင် › ရုံးများနှင့် အထောက်အထား… တွင် အရင်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending result</source>
        <translation>ပို့မှု ရလဒ်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send…</source>
        <translation>ပို့ရန်…(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>လက်ဗွေ {fingerprint}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the case bundle</source>
        <translation>အမှုတွဲအထုပ်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*{suffix})</source>
        <translation>အမှုတွဲအထုပ်များ (*{suffix})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick at least one office to send to.</source>
        <translation>ပို့ရန် ရုံး အနည်းဆုံး တစ်ခုကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the bundle…</source>
        <translation>အထုပ်ကို ရေးနေသည်…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the bundle</source>
        <translation>အထုပ်ကို ရေးနေသည်</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sent 1 case to {offices}.</source>
        <translation>အမှုတွဲ ၁ ခုကို {offices} သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {count} cases to {offices}.</source>
        <translation>အမှုတွဲ {count} ခုကို {offices} သို့ ပို့ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {path}</source>
        <translation>ဖိုင်- {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those offices can open it. If you have not compared fingerprints with them by phone yet, do so before you hand over the file.</source>
        <translation>ထိုရုံးများသာ ဖွင့်နိုင်ပါသည်။ ၎င်းတို့နှင့် ဖုန်းဖြင့် လက်ဗွေ မတိုက်စစ်ရသေးလျှင် ဖိုင်ကို မပေးမီ တိုက်စစ်ပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>ရပ်တန့်လိုက်သည်၊ အထုပ် မရေးခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: {reason}</source>
        <translation>မပို့ရပါ- {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+4"/>
        <source>Applicant ser&amp;ved in police or armed forces</source>
        <translation>လျှောက်ထားသူသည် ရဲ သို့မဟုတ် လက်နက်ကိုင်တပ်ဖွဲ့တွင် တာဝန်ထမ်းဆောင်ခဲ့သည်(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant served in police or armed forces</source>
        <translation>လျှောက်ထားသူသည် ရဲ သို့မဟုတ် လက်နက်ကိုင်တပ်ဖွဲ့တွင် တာဝန်ထမ်းဆောင်ခဲ့သည်</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Myanmar Police Force, Myanmar Army</source>
        <translation>ဥပမာ မြန်မာနိုင်ငံ ရဲတပ်ဖွဲ့၊ တပ်မတော်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>တပ်ခွဲ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>စခန်း</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>တပ်မှတ်နံပါတ်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>ဝင်ရောက်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>ထွက်ခွာသည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>တာဝန်ထမ်းဆောင်မှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Duties</source>
        <translation>တာဝန်များ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Deployments to protests</source>
        <translation>ဆန္ဒပြပွဲများသို့ ချထားခံရမှုများ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders received</source>
        <translation>လက်ခံရရှိခဲ့သော အမိန့်များ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was refused</source>
        <translation>ငြင်းဆန်ခဲ့သည့်အရာ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>မည်သို့</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnesses</source>
        <translation>သက်သေများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonyms only — never real names.</source>
        <translation>အမည်ဝှက်များသာ — အမည်ရင်း ဘယ်တော့မှ မရေးပါနှင့်။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal</source>
        <translation>ငြင်းဆန်မှု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal recorded</source>
        <translation>ငြင်းဆန်မှု မှတ်တမ်းတင်ထားသည်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separation</source>
        <translation>တာဝန်မှ ထွက်ခွာမှု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resignation, desertion, civil disobedience movement…</source>
        <translation>နုတ်ထွက်ခြင်း၊ တပ်ပြေးခြင်း၊ အာဏာဖီဆန်ရေး လှုပ်ရှားမှု…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consequences</source>
        <translation>အကျိုးဆက်များ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges, warrants, visits to the family…</source>
        <translation>စွဲချက်များ၊ ဖမ်းဝရမ်းများ၊ မိသားစုထံ လာရောက်မှုများ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the refusal</source>
        <translation>ငြင်းဆန်ပြီးနောက်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conduct statement</source>
        <translation>ပြုမူဆောင်ရွက်ချက် ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conduct</source>
        <translation>ပြုမူဆောင်ရွက်ချက်</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleagues who fled</source>
        <translation>ထွက်ပြေးလာသော လုပ်ဖော်ကိုင်ဖက်များ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crossing helpers</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ရာတွင် ကူညီသူများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who must stay unnamed</source>
        <translation>အမည် မဖော်ရမည့်သူများ</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../asylum_desk/ui/service_texts.py" line="+11"/>
        <source>{value!r} is not a case number (like CPH-2026-0042)</source>
        <translation>{value!r} သည် အမှုတွဲနံပါတ် မဟုတ်ပါ (CPH-2026-0042 ကဲ့သို့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is not a year</source>
        <translation>{year} သည် ခုနှစ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} is not a month</source>
        <translation>{month} သည် လ မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value!r} သည် ရက်စွဲ မဟုတ်ပါ (YYYY၊ YYYY-MM သို့မဟုတ် YYYY-MM-DD ကို သုံးပါ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day needs a month</source>
        <translation>ရက်တစ်ရက်အတွက် လလည်း လိုသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year:04d}-{month:02d} has no day {day}</source>
        <translation>{year:04d}-{month:02d} တွင် {day} ရက် မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date ({reason})</source>
        <translation>{value!r} သည် ရက်စွဲ မဟုတ်ပါ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real name (all scripts) and aliases</source>
        <translation>အမည်ရင်း (စာလုံးအားလုံးဖြင့်) နှင့် အခြားအမည်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit and station</source>
        <translation>တပ်ဖွဲ့နှင့် တာဝန်ကျရာ စခန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service number</source>
        <translation>တပ်မှတ်နံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact village</source>
        <translation>ကျေးရွာ အတိအကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>township of origin</source>
        <translation>မူလ မြို့နယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specific needs</source>
        <translation>အထူးလိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; names and locations</source>
        <translation>မိသားစုဝင်များ၏ အမည်နှင့် နေရာများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; ages and dates of birth</source>
        <translation>မိသားစုဝင်များ၏ အသက်နှင့် မွေးသက္ကရာဇ်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on family members</source>
        <translation>မိသားစုဝင်များအကြောင်း မှတ်စုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether family members can be contacted</source>
        <translation>မိသားစုဝင်များကို ဆက်သွယ်နိုင်ခြင်း ရှိ၊ မရှိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; last contact</source>
        <translation>မိသားစုဝင်များနှင့် နောက်ဆုံး ဆက်သွယ်မှု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route of the crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ခဲ့သည့် လမ်းကြောင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who travelled with the applicant</source>
        <translation>လျှောက်ထားသူနှင့် အတူ ခရီးသွားခဲ့သူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who received the applicant after the crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ပြီးနောက် လျှောက်ထားသူကို လက်ခံခဲ့သူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current address</source>
        <translation>လက်ရှိ နေရပ်လိပ်စာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document numbers</source>
        <translation>စာရွက်စာတမ်း နံပါတ်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranks of those who gave the orders</source>
        <translation>အမိန့်ပေးခဲ့သူများ၏ ရာထူးများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witnesses of the refusal</source>
        <translation>ငြင်းဆန်ခဲ့မှုကို မြင်တွေ့ခဲ့သော သက်သေများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consequences known since the flight</source>
        <translation>ထွက်ပြေးပြီးနောက် သိရသော အကျိုးဆက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people who helped the crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ရန် ကူညီခဲ့သူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanned documents and photographs</source>
        <translation>စကင်ဖတ်ထားသော စာရွက်စာတမ်းများနှင့် ဓာတ်ပုံများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; {what}</source>
        <translation>မှီခိုသူများ၏ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {recipient!r} is the country of origin&apos;s authorities; nothing is ever produced for them.</source>
        <translation>ငြင်းပယ်သည်- {recipient!r} သည် မူရင်းနိုင်ငံ၏ အာဏာပိုင်များ ဖြစ်သည်၊ ၎င်းတို့အတွက် မည်သည့်အရာမျှ ဘယ်တော့မှ မထုတ်ပေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; names</source>
        <translation>မှီခိုသူများ၏ အမည်များ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no case {case_number} in this vault.</source>
        <translation>ဤသိုလှောင်ခန်းတွင် အမှုတွဲ {case_number} မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} already exists in this vault.</source>
        <translation>အမှုတွဲ {case_number} သည် ဤသိုလှောင်ခန်းတွင် ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty field path</source>
        <translation>အကွက်လမ်းကြောင်း ဗလာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case has no object there</source>
        <translation>အမှုတွဲတွင် ထိုနေရာ၌ အကွက်အုပ်စု မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path!r} is not a field path</source>
        <translation>{path!r} သည် အကွက်လမ်းကြောင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case has no list there</source>
        <translation>အမှုတွဲတွင် ထိုနေရာ၌ စာရင်း မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an anonymous person needs a pseudonym</source>
        <translation>အမည်မဖော်လိုသူတွင် အမည်ဝှက် လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language!r} is not an ISO 639 language code</source>
        <translation>{language!r} သည် ISO 639 ဘာသာစကားကုဒ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country!r} is not an ISO 3166 alpha-3 country code</source>
        <translation>{country!r} သည် ISO 3166 alpha-3 နိုင်ငံကုဒ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>ဖြည့်ရန် လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} is not an age</source>
        <translation>{age} သည် အသက် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{recipient!r} has two consent records</source>
        <translation>{recipient!r} တွင် သဘောတူညီချက် မှတ်တမ်း နှစ်ခု ရှိနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secure keyring is available on this computer; unlock with your passphrase.</source>
        <translation>ဤကွန်ပျူတာတွင် လုံခြုံသော keyring မရှိပါ၊ သင့်စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring on this computer did not respond; unlock with your passphrase.</source>
        <translation>ဤကွန်ပျူတာရှိ keyring က မတုံ့ပြန်ပါ၊ သင့်စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring on this computer reported a problem; unlock with your passphrase.</source>
        <translation>ဤကွန်ပျူတာရှိ keyring က ပြဿနာတစ်ခု ဖော်ပြသည်၊ သင့်စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security check failed.</source>
        <translation>လုံခြုံရေး စစ်ဆေးမှုတစ်ခု မအောင်မြင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct.</source>
        <translation>စကားဝှက်စာကြောင်း မှန်ကန်မှု မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such user in this vault.</source>
        <translation>ဤသိုလှောင်ခန်းတွင် ထိုအသုံးပြုသူ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user already exists in this vault.</source>
        <translation>ဤအသုံးပြုသူသည် ဤသိုလှောင်ခန်းတွင် ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last user of a vault cannot be removed. Add another user first.</source>
        <translation>သိုလှောင်ခန်း၏ နောက်ဆုံးအသုံးပြုသူကို ဖယ်ရှား၍ မရပါ။ အခြားအသုံးပြုသူတစ်ဦးကို အရင်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file of this vault is damaged. Restore it from a backup.</source>
        <translation>ဤသိုလှောင်ခန်း၏ ကီးဖိုင် ပျက်စီးနေသည်။ အရန်ကူးယူထားမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the vault before changing who can open it.</source>
        <translation>မည်သူဖွင့်နိုင်သည်ကို မပြောင်းမီ သိုလှောင်ခန်းကို အရင်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not open this vault.</source>
        <translation>ဤပြန်လည်ရယူရေးကီးဖြင့် ဤသိုလှောင်ခန်းကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typo.</source>
        <translation>ပြန်လည်ရယူရေးကီးတွင် စာလုံးပေါင်းအမှား ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file asks for weaker passphrase protection than Asylum Desk allows.</source>
        <translation>ကီးဖိုင်က Asylum Desk ခွင့်ပြုသည်ထက် ပိုအားနည်းသော စကားဝှက်စာကြောင်း ကာကွယ်မှုကို တောင်းဆိုနေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unlock remembered on this computer is out of date; unlock with your passphrase.</source>
        <translation>ဤကွန်ပျူတာတွင် မှတ်ထားသော ဖွင့်ခွင့်သည် သက်တမ်းကုန်နေပြီ၊ သင့်စကားဝှက်စာကြောင်းဖြင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typo in group {group}.</source>
        <translation>ပြန်လည်ရယူရေးကီး၏ အုပ်စု {group} တွင် စာလုံးပေါင်းအမှား ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct for user &apos;{user}&apos;.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; အတွက် စကားဝှက်စာကြောင်း မှန်ကန်မှု မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user &apos;{user}&apos; in this vault.</source>
        <translation>ဤသိုလှောင်ခန်းတွင် အသုံးပြုသူ &apos;{user}&apos; မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a user &apos;{user}&apos; in this vault.</source>
        <translation>ဤသိုလှောင်ခန်းတွင် အသုံးပြုသူ &apos;{user}&apos; ရှိပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file of this vault was changed outside Asylum Desk and cannot be trusted. Restore it from a backup.</source>
        <translation>ဤသိုလှောင်ခန်း၏ ကီးဖိုင်ကို Asylum Desk အပြင်ဘက်တွင် ပြောင်းထားသဖြင့် ယုံကြည်၍ မရပါ။ အရန်ကူးယူထားမှုမှ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key file was made by a newer version of Asylum Desk. Please update the app.</source>
        <translation>ဤကီးဖိုင်ကို Asylum Desk ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်။ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Asylum Desk office identity.</source>
        <translation>၎င်းသည် Asylum Desk ရုံး အထောက်အထား မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported office identity version {version!r}.</source>
        <translation>မပံ့ပိုးသော ရုံးအထောက်အထား ဗားရှင်း {version!r}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office identity has no valid office code.</source>
        <translation>ရုံးအထောက်အထားတွင် မှန်ကန်သော ရုံးကုဒ် မပါပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bundle needs at least one recipient office.</source>
        <translation>အထုပ်တစ်ခုတွင် လက်ခံမည့်ရုံး အနည်းဆုံး တစ်ခု လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an encrypted bundle (no age header).</source>
        <translation>၎င်းသည် စာဝှက်ထားသော အထုပ် မဟုတ်ပါ (age header မပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office identity is damaged (a part cannot be read).</source>
        <translation>ရုံးအထောက်အထား ပျက်စီးနေသည် (အစိတ်အပိုင်းတစ်ခုကို ဖတ်၍ မရပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is damaged or was changed (decryption failed).</source>
        <translation>အထုပ် ပျက်စီးနေသည် သို့မဟုတ် ပြောင်းလဲခံထားရသည် (စာဝှက်ဖြည်၍ မရပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle was not encrypted for this office (no matching key).</source>
        <translation>ဤအထုပ်ကို ဤရုံးအတွက် စာဝှက်ထားခြင်း မဟုတ်ပါ (ကိုက်ညီသော သော့ မရှိပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has {characters} characters; {typed} were typed.</source>
        <translation>ပြန်လည်ရယူရေးကီးတွင် စာလုံး {characters} လုံး ရှိသည်၊ {typed} လုံးသာ ရိုက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type the recovery key.</source>
        <translation>ပြန်လည်ရယူရေးကီးကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has {groups} groups; {typed} were typed.</source>
        <translation>ပြန်လည်ရယူရေးကီးတွင် အုပ်စု {groups} စု ရှိသည်၊ {typed} စုသာ ရိုက်ထားသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group {number} of the recovery key has {typed} characters; each group has {group_len}.</source>
        <translation>ပြန်လည်ရယူရေးကီး၏ အုပ်စု {number} တွင် စာလုံး {typed} လုံး ရှိသည်၊ အုပ်စုတိုင်းတွင် {group_len} လုံး ရှိရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is missing.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် {name} မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is damaged: empty or truncated.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် {name} ပျက်စီးနေသည်- ဗလာ သို့မဟုတ် ပြတ်တောက်နေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database driver is not SQLCipher; refusing to open the vault unencrypted.</source>
        <translation>ဒေတာဘေ့စ် ဒရိုင်ဘာသည် SQLCipher မဟုတ်ပါ၊ သိုလှောင်ခန်းကို ကုဒ်မပြောင်းဘဲ ဖွင့်ရန် ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database could not switch to its journal mode.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ်ကို ၎င်း၏ journal mode သို့ ပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is damaged or not a vault database ({reason}).</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် {name} ပျက်စီးနေသည် သို့မဟုတ် သိုလှောင်ခန်း ဒေတာဘေ့စ် မဟုတ်ပါ ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s folder is read-only (a write-protected USB stick or missing permission); Asylum Desk needs to write beside the vault. Nothing was changed.</source>
        <translation>သိုလှောင်ခန်း၏ ဖိုင်တွဲကို ဖတ်ရန်သာ ခွင့်ပြုထားသည် (ရေးခွင့်ပိတ်ထားသော USB သို့မဟုတ် ခွင့်ပြုချက် မရှိ)၊ Asylum Desk သည် သိုလှောင်ခန်းဘေးတွင် ရေးရန် လိုအပ်ပါသည်။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or could not be written; nothing was saved. Free some space (or check the USB stick) and try again.</source>
        <translation>ဒစ်ခ် ပြည့်နေသည် သို့မဟုတ် ရေး၍ မရပါ၊ မည်သည့်အရာမျှ မသိမ်းရပါ။ နေရာအချို့ ရှင်းလင်းပြီး (သို့မဟုတ် USB ကို စစ်ဆေးပြီး) ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is busy: another Asylum Desk program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>သိုလှောင်ခန်း အလုပ်များနေသည်- အခြား Asylum Desk ပရိုဂရမ်တစ်ခုက ရေးနေသည်။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ၊ ခဏနေမှ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared database cannot be used: {reason}</source>
        <translation>မျှဝေထားသော ဒေတာဘေ့စ်ကို သုံး၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the user name or password.</source>
        <translation>ဒေတာဘေ့စ်ဆာဗာက အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်ကို ငြင်းပယ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server has no such database ({reason}).</source>
        <translation>ဒေတာဘေ့စ်ဆာဗာတွင် ထိုဒေတာဘေ့စ် မရှိပါ ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the connection from this computer, user or without encryption ({reason}).</source>
        <translation>ဒေတာဘေ့စ်ဆာဗာက ဤကွန်ပျူတာ၊ အသုံးပြုသူ သို့မဟုတ် ကုဒ်ဝှက်မှုမပါသော ချိတ်ဆက်မှုကို ငြင်းပယ်သည် ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the connection ({reason}).</source>
        <translation>ဒေတာဘေ့စ်ဆာဗာက ချိတ်ဆက်မှုကို ငြင်းပယ်သည် ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server cannot be reached; check the address and the network.</source>
        <translation>ဒေတာဘေ့စ်ဆာဗာသို့ မရောက်နိုင်ပါ၊ လိပ်စာနှင့် ကွန်ရက်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only PostgreSQL can hold a shared Asylum Desk database (postgresql://…).</source>
        <translation>PostgreSQL သာ မျှဝေသုံး Asylum Desk ဒေတာဘေ့စ်ကို ထားနိုင်သည် (postgresql://…)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not put the password in the database URL: it would be stored in plain text. Asylum Desk asks for it and can remember it in the system keyring.</source>
        <translation>စကားဝှက်ကို ဒေတာဘေ့စ် URL ထဲ မထည့်ပါနှင့်- ၎င်းကို ရိုးရိုးစာသားအဖြစ် သိမ်းမိမည်။ Asylum Desk က ၎င်းကို မေးမြန်းပြီး စနစ်၏ keyring တွင် မှတ်ထားနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL needs a user and a database name.</source>
        <translation>ဒေတာဘေ့စ် URL တွင် အသုံးပြုသူနှင့် ဒေတာဘေ့စ်အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url!r} is not a database URL (like postgresql://user@host/asylum).</source>
        <translation>{url!r} သည် ဒေတာဘေ့စ် URL မဟုတ်ပါ (postgresql://user@host/asylum ကဲ့သို့)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sslmode={mode} would send case data unencrypted over the network; use sslmode=require or verify-full.</source>
        <translation>sslmode={mode} သည် အမှုတွဲဒေတာကို ကုဒ်မပြောင်းဘဲ ကွန်ရက်ပေါ်သို့ ပို့မိမည်၊ sslmode=require သို့မဟုတ် verify-full ကို သုံးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} already exists</source>
        <translation>{target} ရှိပြီးသား ဖြစ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of the vault database was not closed cleanly.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် မိတ္တူကို သေချာစွာ မပိတ်နိုင်ခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault at {path}.</source>
        <translation>{path} တွင် သိုလှောင်ခန်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not an Asylum Desk vault (a vault is a folder).</source>
        <translation>{path} သည် Asylum Desk သိုလှောင်ခန်း မဟုတ်ပါ (သိုလှောင်ခန်းသည် ဖိုင်တွဲ ဖြစ်သည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not an Asylum Desk vault (it has no {key_file}).</source>
        <translation>{path} သည် Asylum Desk သိုလှောင်ခန်း မဟုတ်ပါ (၎င်းတွင် {key_file} မရှိပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} ရှိပြီးသားဖြစ်ပြီး ဗလာ မဟုတ်ပါ၊ ဖိုင်တွဲအသစ်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>object တစ်ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>ဂဏန်းတစ်ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>စာရင်းတစ်ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {kind}</source>
        <translation>{expected} ဖြစ်ရမည်၊ {kind} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains an unpaired UTF-16 surrogate (\ud800-\udfff)</source>
        <translation>အတွဲမညီသော UTF-16 surrogate (\ud800-\udfff) ပါဝင်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not one of {words}</source>
        <translation>{value} သည် {words} ထဲမှ တစ်ခု မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} သည် {low} နှင့် {high} ကြားတွင် မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be null</source>
        <translation>null မဖြစ်ရပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be empty</source>
        <translation>အလွတ် မဖြစ်ရပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text ({what})</source>
        <translation>စာသား ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not {what}</source>
        <translation>{value} သည် {what} မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date as text (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>စာသားအဖြစ် ရက်စွဲ (YYYY, YYYY-MM သို့မဟုတ် YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date</source>
        <translation>{value} သည် ရက်စွဲ မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {words}</source>
        <translation>{words} ထဲမှ တစ်ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true သို့မဟုတ် false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>ကိန်းပြည့်တစ်ခု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number</source>
        <translation>{value} သည် ကိန်းပြည့် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears more than once</source>
        <translation>တစ်ကြိမ်ထက်ပို၍ ပါနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field is missing</source>
        <translation>မဖြစ်မနေလိုအပ်သော အကွက် မပါပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field</source>
        <translation>မသိသော အကွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} သည် JSON ဂဏန်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (not UTF-8 text: {reason})</source>
        <translation>JSON ဖိုင် မဟုတ်ပါ (UTF-8 စာသား မဟုတ်ပါ- {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (line {line}, column {column}: {reason})</source>
        <translation>JSON ဖိုင် မဟုတ်ပါ (စာကြောင်း {line}၊ ကော်လံ {column}- {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (nested too deeply)</source>
        <translation>JSON ဖိုင် မဟုတ်ပါ (အဆင့်ဆင့် အထပ်များလွန်းသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file ({reason})</source>
        <translation>JSON ဖိုင် မဟုတ်ပါ ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country code (ISO 3166 alpha-3 in capitals, like MMR)</source>
        <translation>နိုင်ငံကုဒ် (ISO 3166 alpha-3 စာလုံးကြီးဖြင့်၊ MMR ကဲ့သို့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a language code (ISO 639-1 or 639-3 in lower case, like my or mni)</source>
        <translation>ဘာသာစကားကုဒ် (ISO 639-1 သို့မဟုတ် 639-3 စာလုံးသေးဖြင့်၊ my သို့မဟုတ် mni ကဲ့သို့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient (lower-case letters, digits and _, starting with a letter, like unhcr)</source>
        <translation>လက်ခံသူ (စာလုံးသေး၊ ဂဏန်းနှင့် _ ဖြင့်၊ စာလုံးဖြင့် စရမည်၊ unhcr ကဲ့သို့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case number (like CPH-2026-0042)</source>
        <translation>အမှုတွဲနံပါတ် (CPH-2026-0042 ကဲ့သို့)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file name (no folders, no control characters)</source>
        <translation>ဖိုင်အမည် (ဖိုင်တွဲများ မပါ၊ control စာလုံးများ မပါ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base64 (standard alphabet)</source>
        <translation>base64 (စံ အက္ခရာစဉ်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an Asylum Desk case file (the file holds {kind})</source>
        <translation>Asylum Desk အမှုတွဲဖိုင် မဟုတ်ပါ (ဖိုင်တွင် {kind} ပါသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {found} (not an Asylum Desk case file)</source>
        <translation>{expected} ဖြစ်ရမည်၊ {found} ကို တွေ့ရသည် (Asylum Desk အမှုတွဲဖိုင် မဟုတ်ပါ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {found}</source>
        <translation>{expected} ဖြစ်ရမည်၊ {found} ကို တွေ့ရသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file was written by a newer version of Asylum Desk (format version {version})</source>
        <translation>ဤဖိုင်ကို Asylum Desk ဗားရှင်းအသစ်ဖြင့် ရေးထားသည် (ဖော်မတ်ဗားရှင်း {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{version} is not a format version (expected {expected})</source>
        <translation>{version} သည် ဖော်မတ်ဗားရှင်း မဟုတ်ပါ ({expected} ဖြစ်ရမည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not base64 (wrong length or padding)</source>
        <translation>base64 မဟုတ်ပါ (အရှည် သို့မဟုတ် padding မှားနေသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field is missing (not an Asylum Desk case file)</source>
        <translation>မဖြစ်မနေလိုအပ်သော အကွက် မပါပါ (Asylum Desk အမှုတွဲဖိုင် မဟုတ်ပါ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is also the case number of {earlier}</source>
        <translation>{number} သည် {earlier} ၏ အမှုတွဲနံပါတ်လည်း ဖြစ်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not base64</source>
        <translation>base64 မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name in Burmese script is missing.</source>
        <translation>မြန်မာစာဖြင့် အမည် မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is missing.</source>
        <translation>ထွက်ဆိုချက် မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement has no translation.</source>
        <translation>ထွက်ဆိုချက်တွင် ဘာသာပြန်ချက် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interpreter is recorded.</source>
        <translation>စကားပြန် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent is recorded for this recipient.</source>
        <translation>ဤလက်ခံသူအတွက် သဘောတူညီချက် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of arrival is missing.</source>
        <translation>ရောက်ရှိသည့်ရက်စွဲ မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home address in the country of origin is missing.</source>
        <translation>မူရင်းနိုင်ငံရှိ နေအိမ်လိပ်စာ မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current address in the host country is missing.</source>
        <translation>လက်ခံနိုင်ငံရှိ လက်ရှိလိပ်စာ မရှိသေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country-of-origin information is cited.</source>
        <translation>မူရင်းနိုင်ငံဆိုင်ရာ သတင်းအချက်အလက် ကိုးကားထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation>ပူးတွဲစာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application data sheet</source>
        <translation>လျှောက်လွှာ အချက်အလက်စာရွက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons for flight</source>
        <translation>ထွက်ပြေးရသည့် အကြောင်းရင်းများ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service and refusal annex</source>
        <translation>တာဝန်ထမ်းဆောင်မှုနှင့် ငြင်းဆန်မှု နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and dependents annex</source>
        <translation>မိသားစုနှင့် မှီခိုသူများ နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border crossing and current situation</source>
        <translation>နယ်စပ်ဖြတ်ကျော်မှုနှင့် လက်ရှိအခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex of supporting documents</source>
        <translation>ထောက်ခံစာရွက်စာတမ်းများ နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex of country-of-origin information</source>
        <translation>မူရင်းနိုင်ငံဆိုင်ရာ သတင်းအချက်အလက် နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration by the applicant</source>
        <translation>လျှောက်ထားသူ၏ ကြေညာချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s certificate</source>
        <translation>စကားပြန်၏ လက်မှတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker&apos;s certificate</source>
        <translation>အမှုတွဲတာဝန်ခံ၏ လက်မှတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent record</source>
        <translation>သဘောတူညီချက် မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A packet has no document called {names}.</source>
        <translation>စာတွဲတွင် {names} ဟုခေါ်သော စာရွက်စာတမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no declaration wording in {language!r} ({known}).</source>
        <translation>{language!r} ဘာသာဖြင့် ကြေညာချက် စာသား မရှိပါ ({known})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet font {file} could not be loaded from {path}.</source>
        <translation>စာတွဲဖောင့် {file} ကို {path} မှ ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no applicant wording in {language!r}.</source>
        <translation>{language!r} ဘာသာဖြင့် လျှောက်ထားသူအတွက် စာသား မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet holds a block the renderer does not know: {block!r}.</source>
        <translation>စာတွဲတွင် PDF ပြုလုပ်သူ မသိသော အပိုင်းတစ်ခု ပါဝင်နေသည်- {block!r}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet has no documents to print.</source>
        <translation>စာတွဲတွင် ပုံနှိပ်ရန် စာရွက်စာတမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document has nothing to print.</source>
        <translation>စာရွက်စာတမ်းတွင် ပုံနှိပ်ရန် ဘာမှ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} cannot be read: nested too deeply.</source>
        <translation>ပုံစံဖိုင် {file} ကို ဖတ်၍ မရပါ- အဆင့်ဆင့် အထပ်များလွန်းသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} cannot be read: {reason}</source>
        <translation>ပုံစံဖိုင် {file} ကို ဖတ်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is not a JSON object.</source>
        <translation>ပုံစံဖိုင် {file} သည် JSON object မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be a non-empty text.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} သည် အလွတ်မဟုတ်သော စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be a non-empty list of texts.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} သည် အလွတ်မဟုတ်သော စာသားစာရင်း ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} has a broken placeholder ({reason}).</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} တွင် ပျက်နေသော နေရာယူစာသား ပါသည် ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} uses unknown placeholder {placeholder}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} တွင် မသိသော နေရာယူစာသား {placeholder} ကို သုံးထားသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language!r} is not a language code (such as en or hi).</source>
        <translation>{language!r} သည် ဘာသာစကားကုဒ် (en သို့မဟုတ် hi ကဲ့သို့) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recipient {recipient!r} (known: {known}).</source>
        <translation>မသိသော လက်ခံသူ {recipient!r} (သိထားသည်များ- {known})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;language&apos; must be {language!r}.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;language&apos; သည် {language!r} ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;recipient&apos; must be {recipient!r}.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;recipient&apos; သည် {recipient!r} ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;procedure_needs&apos; must list only {needs}.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;procedure_needs&apos; တွင် {needs} ကိုသာ ဖော်ပြရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;wording&apos; must be an object.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;wording&apos; သည် object ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;titles&apos; must be an object with only {keys}.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;titles&apos; သည် {keys} သာပါသော object ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} is missing (it is in {source}).</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} မပါပါ ({source} တွင် ပါသည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} is not in {source}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} သည် {source} တွင် မပါပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no applicant wording in {language!r} ({file}).</source>
        <translation>{language!r} ဘာသာဖြင့် လျှောက်ထားသူအတွက် စာသား မရှိပါ ({file})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;information_notice&apos; must be an object.</source>
        <translation>ပုံစံဖိုင် {file}- &apos;information_notice&apos; သည် object ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is not a file.</source>
        <translation>ပုံစံဖိုင် {file} သည် ဖိုင်တစ်ခု မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is too large (templates are at most {size} KB).</source>
        <translation>ပုံစံဖိုင် {file} သည် ကြီးလွန်းသည် (ပုံစံဖိုင်များသည် အများဆုံး {size} KB သာ ရှိရမည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key}[{index}] must be a non-empty text.</source>
        <translation>ပုံစံဖိုင် {file}- {key}[{index}] သည် အလွတ်မဟုတ်သော စာသား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} may use only plain placeholders like {placeholder}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} တွင် {placeholder} ကဲ့သို့ ရိုးရိုး နေရာယူစာသားများကိုသာ သုံးနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be as in {source}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} သည် {source} တွင်ကဲ့သို့ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must have the placeholders of {source}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} တွင် {source} ၏ နေရာယူစာသားများ ပါရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must have {count} paragraphs, as in {source}.</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} တွင် {source} ကဲ့သို့ စာပိုဒ် {count} ပိုဒ် ရှိရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must use the placeholders of {source} ({wanted}).</source>
        <translation>ပုံစံဖိုင် {file}- {key!r} သည် {source} ၏ နေရာယူစာသားများကို သုံးရမည် ({wanted})။</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>admin</source>
        <translation>စီမံခန့်ခွဲသူ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>day of last contact with family (month kept)</source>
        <translation>မိသားစုနှင့် နောက်ဆုံး ဆက်သွယ်ခဲ့သည့် ရက် (လကို ထားရှိသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; exact date of birth (year kept)</source>
        <translation>မှီခိုသူများ၏ မွေးသက္ကရာဇ် အတိအကျ (နှစ်ကို ထားရှိသည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant&apos;s exact date of birth (year kept)</source>
        <translation>လျှောက်ထားသူ၏ မွေးသက္ကရာဇ် အတိအကျ (နှစ်ကို ထားရှိသည်)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>ကြီးကြပ်သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>add or remove users or change their roles</source>
        <translation>အသုံးပြုသူများကို ထည့်ရန်၊ ဖယ်ရှားရန် သို့မဟုတ် ၎င်းတို့၏ အခန်းကဏ္ဍကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the retention period</source>
        <translation>သိမ်းဆည်းထားမည့် ကာလကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-key the vault</source>
        <translation>သိုလှောင်ခန်း၏ ကီးကို ပြောင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>စာရင်းစစ်မှတ်တမ်းကို ဖတ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see every case</source>
        <translation>အမှုတွဲအားလုံးကို ကြည့်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign cases to users</source>
        <translation>အမှုတွဲများကို အသုံးပြုသူများထံ တာဝန်ပေးရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand a case to another caseworker</source>
        <translation>အမှုတွဲကို အခြား အမှုတွဲတာဝန်ခံထံ လွှဲပေးရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close or reopen cases</source>
        <translation>အမှုတွဲများကို ပိတ်ရန် သို့မဟုတ် ပြန်ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the cases due for erasure</source>
        <translation>ဖျက်ရမည့်အချိန်ရောက်သော အမှုတွဲများကို စာရင်းပြုစုရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erase cases</source>
        <translation>အမှုတွဲများကို ဖျက်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create or import cases</source>
        <translation>အမှုတွဲများကို ဖန်တီးရန် သို့မဟုတ် တင်သွင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a case</source>
        <translation>အမှုတွဲတစ်ခုကို ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export more than one case at a time</source>
        <translation>အမှုတွဲ တစ်ခုထက်ပို၍ တစ်ပြိုင်နက် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see or resolve the conflicts of received cases</source>
        <translation>လက်ခံရရှိသော အမှုတွဲများ၏ ကွဲလွဲချက်များကို ကြည့်ရန် သို့မဟုတ် ဖြေရှင်းရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role})</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not {action}; that needs: {roles}.</source>
        <translation>{who} သည် {action} ခွင့်မရှိပါ။ ၎င်းအတွက် လိုအပ်သည်- {roles}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not open case {case_number}: it is neither theirs nor assigned to them.</source>
        <translation>{who} သည် အမှုတွဲ {case_number} ကို ဖွင့်ခွင့် မရှိပါ- ၎င်းတို့၏ အမှုတွဲလည်း မဟုတ်၊ ၎င်းတို့ထံ တာဝန်ပေးထားခြင်းလည်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; is no longer a user of this vault; lock it now.</source>
        <translation>&apos;{user}&apos; သည် ဤသိုလှောင်ခန်း၏ အသုံးပြုသူ မဟုတ်တော့ပါ- ယခုပင် သော့ခတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may see only the statement sections of case {case_number} and change only its translation.</source>
        <translation>{who} သည် အမှုတွဲ {case_number} ၏ ထွက်ဆိုချက်အပိုင်းများကိုသာ မြင်နိုင်ပြီး ၎င်း၏ ဘာသာပြန်ချက်ကိုသာ ပြင်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not open case {case_number}: it is not assigned to them.</source>
        <translation>{who} သည် အမှုတွဲ {case_number} ကို ဖွင့်ခွင့် မရှိပါ- ၎င်းတို့ထံ တာဝန်ပေးထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is a {role} and sees every case already; only caseworkers and interpreters are assigned cases.</source>
        <translation>{user} သည် {role} ဖြစ်ပြီး အမှုတွဲအားလုံးကို မြင်ပြီးသား ဖြစ်သည်၊ အမှုတွဲတာဝန်ခံများနှင့် စကားပြန်များကိုသာ အမှုတွဲ တာဝန်ပေးသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is already assigned to {user}.</source>
        <translation>အမှုတွဲ {case_number} ကို {user} ထံ တာဝန်ပေးပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is not assigned to {user}.</source>
        <translation>အမှုတွဲ {case_number} ကို {user} ထံ တာဝန်ပေးထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too large ({size}); scans over {limit} are refused.</source>
        <translation>{name} သည် အရွယ်အစား ကြီးလွန်းသည် ({size})၊ {limit} ထက်ကြီးသော စကင်ဖတ်ဖိုင်များကို လက်မခံပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an ordinary file.</source>
        <translation>{name} သည် သာမန်ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable PNG image (damaged or not an image).</source>
        <translation>{name} သည် ဖတ်နိုင်သော PNG ပုံ မဟုတ်ပါ (ပျက်စီးနေသည် သို့မဟုတ် ပုံ မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable JPEG image (damaged or not an image).</source>
        <translation>{name} သည် ဖတ်နိုင်သော JPEG ပုံ မဟုတ်ပါ (ပျက်စီးနေသည် သို့မဟုတ် ပုံ မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} declares a picture of more than {megapixels} megapixels; it is refused (too large to open safely).</source>
        <translation>{name} သည် {megapixels} မီဂါပစ်ဇယ်ထက် ကြီးသော ပုံဟု ဖော်ပြထားသည်၊ လက်မခံပါ (လုံခြုံစွာ ဖွင့်ရန် ကြီးလွန်းသည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable PDF (damaged or not a PDF).</source>
        <translation>{name} သည် ဖတ်နိုင်သော PDF မဟုတ်ပါ (ပျက်စီးနေသည် သို့မဟုတ် PDF မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} သည် ဖိုင်တွဲ ဖြစ်သည်၊ ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty.</source>
        <translation>{name} သည် ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a PNG, JPEG or PDF file (judged by its content, not its name).</source>
        <translation>{name} သည် PNG၊ JPEG သို့မဟုတ် PDF ဖိုင် မဟုတ်ပါ (အမည်ဖြင့် မဟုတ်ဘဲ အကြောင်းအရာဖြင့် ဆုံးဖြတ်သည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not exist (any more).</source>
        <translation>{name} မရှိပါ (တော့ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a password-protected PDF; save it without a password first.</source>
        <translation>{name} သည် စကားဝှက်ဖြင့် ကာကွယ်ထားသော PDF ဖြစ်သည်၊ စကားဝှက်မပါဘဲ အရင် သိမ်းပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a PDF without pages.</source>
        <translation>{name} သည် စာမျက်နှာ မပါသော PDF ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {pages} pages; PDFs over {limit} pages are refused.</source>
        <translation>{name} တွင် စာမျက်နှာ {pages} မျက်နှာ ရှိသည်၊ {limit} မျက်နှာထက် များသော PDF များကို လက်မခံပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {width}×{height} pixels; pictures over {megapixels} megapixels are refused.</source>
        <translation>{name} သည် {width}×{height} ပစ်ဇယ် ဖြစ်သည်၊ {megapixels} မီဂါပစ်ဇယ်ထက် ကြီးသော ပုံများကို လက်မခံပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read between 1 and {most} audit events at a time.</source>
        <translation>တစ်ကြိမ်လျှင် စာရင်းစစ် ဖြစ်ရပ် ၁ ခုမှ {most} ခုအထိ ဖတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {shown} is damaged or incomplete (its checksum does not match); nothing was changed.</source>
        <translation>အရန်မိတ္တူ {shown} ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ (၎င်း၏ checksum မကိုက်ညီပါ)၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {shown} was changed after it was written (its authentication code does not match) and cannot be trusted; nothing was changed.</source>
        <translation>အရန်မိတ္တူ {shown} ကို ရေးပြီးနောက် ပြောင်းလဲခံခဲ့ရသည် (၎င်း၏ အထောက်အထားစစ်ကုဒ် မကိုက်ညီပါ)၊ ယုံကြည်၍ မရပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was written by a newer version of Asylum Desk; please update.</source>
        <translation>ဤအရန်မိတ္တူကို Asylum Desk ဗားရှင်းအသစ်က ရေးထားသည်၊ ကျေးဇူးပြု၍ အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct for user &apos;{user}&apos; in this backup (a backup opens with the passphrase that was valid when it was taken).</source>
        <translation>ဤအရန်မိတ္တူတွင် အသုံးပြုသူ &apos;{user}&apos; ၏ စကားဝှက်စာကြောင်း မမှန်ပါ (အရန်မိတ္တူကို ကူးခဲ့စဉ်က အသုံးပြုနေသော စကားဝှက်စာကြောင်းဖြင့်သာ ဖွင့်နိုင်ပါသည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user &apos;{user}&apos; in this backup.</source>
        <translation>ဤအရန်မိတ္တူတွင် အသုံးပြုသူ &apos;{user}&apos; မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file does not belong to this vault database.</source>
        <translation>ကီးဖိုင်သည် ဤသိုလှောင်ခန်း ဒေတာဘေ့စ်နှင့် မသက်ဆိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {out}: the folder {folder} does not exist.</source>
        <translation>{out} ကို ရေး၍ မရပါ- ဖိုင်တွဲ {folder} မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out} is a folder; give the backup a file name.</source>
        <translation>{out} သည် ဖိုင်တွဲ ဖြစ်သည်၊ အရန်မိတ္တူအတွက် ဖိုင်အမည်တစ်ခု ပေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep backups outside the vault folder (on a USB stick, for example).</source>
        <translation>အရန်မိတ္တူများကို သိုလှောင်ခန်း ဖိုင်တွဲ၏ အပြင်တွင် ထားပါ (ဥပမာ USB တွင်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out} exists and is not an Asylum Desk backup; choose another file name.</source>
        <translation>{out} ရှိပြီးသား ဖြစ်ပြီး Asylum Desk အရန်မိတ္တူ မဟုတ်ပါ၊ အခြားဖိုင်အမည်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {out} was written and checked, but the vault stayed busy and the backup is not in its audit trail yet; take it again when the vault is idle.</source>
        <translation>အရန်မိတ္တူ {out} ကို ရေးပြီး စစ်ဆေးပြီးပါပြီ၊ သို့သော် သိုလှောင်ခန်း အလုပ်များနေသဖြင့် ၎င်း၏ စာရင်းစစ်မှတ်တမ်းတွင် ဤအရန်မိတ္တူ မပါသေးပါ။ သိုလှောင်ခန်း အားလပ်သောအခါ ထပ်မံ ကူးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not this vault&apos;s database</source>
        <translation>ဤသိုလှောင်ခန်း၏ ဒေတာဘေ့စ် မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of the vault database is not whole ({detail}).</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ်၏ မိတ္တူ မပြည့်စုံပါ ({detail})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the backup {shown}: {reason}.</source>
        <translation>အရန်မိတ္တူ {shown} ကို ဖတ်၍ မရပါ- {reason}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} is not an Asylum Desk backup file; nothing was changed.</source>
        <translation>{shown} သည် Asylum Desk အရန်ဖိုင် မဟုတ်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema differs</source>
        <translation>ဒေတာဘေ့စ် ဖွဲ့စည်းပုံ မတူပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup just written to {out} did not read back whole ({detail}); an earlier file there was left as it was.</source>
        <translation>{out} သို့ ယခုရေးလိုက်သော အရန်မိတ္တူကို ပြန်ဖတ်ရာတွင် မပြည့်စုံပါ ({detail})၊ ထိုနေရာရှိ ယခင်ဖိုင်ကို မူလအတိုင်း ထားခဲ့ပါသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading cases</source>
        <translation>အမှုတွဲများ ဖတ်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking signature</source>
        <translation>လက်မှတ် စစ်ဆေးနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender, office {office_code}, is not in your address book (fingerprint {fingerprint}). Compare the fingerprint with that office by phone, then add it (asylum-desk offices add) or import again with --accept-sender {fingerprint}.</source>
        <translation>ပေးပို့သူ ရုံး {office_code} သည် သင့်လိပ်စာစာအုပ်ထဲတွင် မရှိပါ (လက်ဗွေ {fingerprint})။ ထိုရုံးနှင့် ဖုန်းဖြင့် လက်ဗွေကို တိုက်စစ်ပြီးနောက် ၎င်းကို ထည့်ပါ (asylum-desk offices add) သို့မဟုတ် --accept-sender {fingerprint} ဖြင့် ထပ်မံ တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is already in this vault; the bundle was not imported and nothing was changed (merging received cases into existing ones comes later).</source>
        <translation>အမှုတွဲ {case_number} သည် ဤသိုလှောင်ခန်းထဲတွင် ရှိပြီးသားဖြစ်သည်၊ အထုပ်ကို မတင်သွင်းခဲ့ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ (လက်ခံရရှိသော အမှုတွဲများကို ရှိပြီးသား အမှုတွဲများထဲ ပေါင်းစည်းခြင်းကို နောက်မှ ထည့်မည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is this office; it needs no entry.</source>
        <translation>ရုံး {office_code} သည် ဤရုံးပင် ဖြစ်သည်၊ ထည့်ရန် မလိုပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint does not match this identity ({fingerprint}); nothing was added.</source>
        <translation>လက်ဗွေသည် ဤအထောက်အထားနှင့် မကိုက်ညီပါ ({fingerprint})၊ မည်သည့်အရာမျှ မထည့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one case (--case).</source>
        <translation>အမှုတွဲ အနည်းဆုံး တစ်ခုကို ဖော်ပြပါ (--case)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one recipient office (--to).</source>
        <translation>လက်ခံမည့် ရုံး အနည်းဆုံး တစ်ခုကို ဖော်ပြပါ (--to)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is not in the address book; add it first (asylum-desk offices add); nothing was written.</source>
        <translation>ရုံး {office_code} သည် လိပ်စာစာအုပ်ထဲတွင် မရှိပါ၊ ၎င်းကို အရင်ထည့်ပါ (asylum-desk offices add)၊ မည်သည့်အရာမျှ မရေးခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting</source>
        <translation>စာဝှက်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>ရေးနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>မှတ်တမ်းတင်နေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s contents are damaged.</source>
        <translation>အထုပ်၏ အကြောင်းအရာများ ပျက်စီးနေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s signature is not valid (changed or forged).</source>
        <translation>အထုပ်၏ လက်မှတ် မမှန်ကန်ပါ (ပြောင်းလဲထားသည် သို့မဟုတ် အတုလုပ်ထားသည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cases in the bundle do not match its signed manifest.</source>
        <translation>အထုပ်ထဲရှိ အမှုတွဲများသည် လက်မှတ်ထိုးထားသော စာရင်းနှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle claims to come from this office ({office_code}); refused.</source>
        <translation>အထုပ်က ဤရုံး ({office_code}) မှ လာသည်ဟု ဆိုထားသည်၊ ငြင်းပယ်လိုက်ပါသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this office is not among the bundle&apos;s signed recipients.</source>
        <translation>ဤရုံးသည် အထုပ်၏ လက်မှတ်ထိုးထားသော လက်ခံသူများထဲတွင် မပါဝင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case in the bundle has no case number.</source>
        <translation>အထုပ်ထဲရှိ အမှုတွဲတစ်ခုတွင် အမှုတွဲနံပါတ် မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>တင်သွင်းနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging</source>
        <translation>ပေါင်းစည်းနေသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle claims to come from office {office_code}, but its keys (fingerprint {fingerprint}) are not the ones in your address book ({known_fingerprint}).</source>
        <translation>အထုပ်က ရုံး {office_code} မှ လာသည်ဟု ဆိုထားသော်လည်း ၎င်း၏ သော့များ (လက်ဗွေ {fingerprint}) သည် သင့်လိပ်စာစာအုပ်ထဲရှိ သော့များ ({known_fingerprint}) မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender&apos;s fingerprint is {fingerprint}, not the one given; nothing was changed.</source>
        <translation>ပေးပို့သူ၏ လက်ဗွေမှာ {fingerprint} ဖြစ်ပြီး ပေးထားသော လက်ဗွေ မဟုတ်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is already in the address book with other keys (fingerprint {fingerprint}); nothing was changed.</source>
        <translation>ရုံး {office_code} သည် အခြားသော့များဖြင့် လိပ်စာစာအုပ်ထဲတွင် ရှိပြီးသား ဖြစ်သည် (လက်ဗွေ {fingerprint})၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an Asylum Desk case bundle.</source>
        <translation>၎င်းသည် Asylum Desk အမှုတွဲအထုပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported bundle version {version!r}.</source>
        <translation>မပံ့ပိုးသော အထုပ်ဗားရှင်း {version!r}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required to update a case</source>
        <translation>အမှုတွဲကို ပြင်ဆင်ရန် လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a case needs a reason</source>
        <translation>အမှုတွဲ ပိတ်ရန် အကြောင်းပြချက် လိုအပ်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; (interpreter) may filter the case list only by status and caseworker.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; (စကားပြန်) သည် အမှုတွဲစာရင်းကို အခြေအနေနှင့် အမှုတွဲတာဝန်ခံအလိုက်သာ စစ်ထုတ်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role}) may create only their own cases, not one for caseworker &apos;{caseworker}&apos;.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; ({role}) သည် မိမိ၏ အမှုတွဲများကိုသာ ဖန်တီးနိုင်သည်၊ အမှုတွဲတာဝန်ခံ &apos;{caseworker}&apos; အတွက် မဖန်တီးနိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved case {case_number} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>သင် ပြင်ဆင်နေစဉ် အခြားသူတစ်ဦးက အမှုတွဲ {case_number} ကို သိမ်းခဲ့သည်၊ သင့်ပြင်ဆင်မှုများကို မသိမ်းရသေးဘဲ တည်းဖြတ်ကိရိယာထဲတွင် ရှိနေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} saved case {case_number} at {time} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>သင် ပြင်ဆင်နေစဉ် {user} က အမှုတွဲ {case_number} ကို {time} တွင် သိမ်းခဲ့သည်၊ သင့်ပြင်ဆင်မှုများကို မသိမ်းရသေးဘဲ တည်းဖြတ်ကိရိယာထဲတွင် ရှိနေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} saved case {case_number} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>သင် ပြင်ဆင်နေစဉ် {user} က အမှုတွဲ {case_number} ကို သိမ်းခဲ့သည်၊ သင့်ပြင်ဆင်မှုများကို မသိမ်းရသေးဘဲ တည်းဖြတ်ကိရိယာထဲတွင် ရှိနေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved case {case_number} at {time} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>သင် ပြင်ဆင်နေစဉ် အခြားသူတစ်ဦးက အမှုတွဲ {case_number} ကို {time} တွင် သိမ်းခဲ့သည်၊ သင့်ပြင်ဆင်မှုများကို မသိမ်းရသေးဘဲ တည်းဖြတ်ကိရိယာထဲတွင် ရှိနေဆဲ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not there)</source>
        <translation>(မရှိပါ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>ဤကွန်ပျူတာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server}:{port}</source>
        <translation>{server}:{port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was set up by a newer version of Asylum Desk; please update.</source>
        <translation>ဤဒေတာဘေ့စ်ကို Asylum Desk ဗားရှင်းအသစ်ဖြင့် ပြင်ဆင်ထားသည်၊ အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth {date}</source>
        <translation>မွေးသက္ကရာဇ် တူသည် {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault is locked</source>
        <translation>သိုလှောင်ခန်းကို သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth years differ ({year})</source>
        <translation>မွေးနှစ် မတူပါ ({year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth year {year}</source>
        <translation>မွေးနှစ် တူသည် {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth month {year}-{month:02d}</source>
        <translation>မွေးလ တူသည် {year}-{month:02d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names {score:.0f}%</source>
        <translation>အမည်များ {score:.0f}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burmese names {score:.0f}%</source>
        <translation>မြန်မာအမည်များ {score:.0f}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sex</source>
        <translation>ကျား/မ မတူပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same township {township}</source>
        <translation>မြို့နယ် တူသည် {township}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different township ({township})</source>
        <translation>မြို့နယ် မတူပါ ({township})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessed on</source>
        <translation>ကြည့်ရှုခဲ့သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>အသက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>အခြားအမည်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymity</source>
        <translation>အမည်မဖော်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>လျှောက်ထားသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>ပူးတွဲဖိုင်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>ရေးသားသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>အမှုတွဲနံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>အမှုတွဲတာဝန်ခံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed reason</source>
        <translation>ပိတ်ရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COI reference</source>
        <translation>COI ကိုးကားချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues who fled</source>
        <translation>ထွက်ပြေးခဲ့သော လုပ်ဖော်ကိုင်ဖက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conduct statement</source>
        <translation>အပြုအမူဆိုင်ရာ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>သဘောတူညီချက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequences</source>
        <translation>အကျိုးဆက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>စကင်ဖတ်ထားသော ဖိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content sha256</source>
        <translation>အကြောင်းအရာ sha256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>နိုင်ငံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing helpers</source>
        <translation>နယ်စပ်ဖြတ်ရာတွင် ကူညီသူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing point</source>
        <translation>ဖြတ်ကျော်ရာ နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current location</source>
        <translation>လက်ရှိ တည်နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>မွေးသက္ကရာဇ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependents</source>
        <translation>မှီခိုသူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclose family</source>
        <translation>မိသားစုကို ဖော်ပြခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclose identity</source>
        <translation>အထောက်အထားကို ဖော်ပြခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ခရိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>စာရွက်စာတမ်း အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>စာရွက်စာတမ်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>တာဝန်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>လူမျိုး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>အတိအကျ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excerpt</source>
        <translation>ကောက်နုတ်ချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family left behind</source>
        <translation>နောက်တွင် ကျန်ရစ်ခဲ့သော မိသားစု</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>မိသားစုအမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fears on return</source>
        <translation>ပြန်ပို့ခံရလျှင် စိုးရိမ်ချက်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>ဖိုင်အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>ထွက်ပြေးခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>တပ်ဖွဲ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>ပေးခဲ့သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granularity</source>
        <translation>အသေးစိတ်အဆင့်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>ကိုင်ဆောင်ထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>မည်သို့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing rank</source>
        <translation>အမိန့်ပေးသူ၏ ရာထူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>ဝင်ရောက်ခဲ့သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>ဘာသာစကားများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>နောက်ဆုံး ဆက်သွယ်ခဲ့ချိန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>ထွက်ခွာခဲ့သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>မီဒီယာ အမျိုးအစား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in original script</source>
        <translation>မူရင်းအက္ခရာဖြင့် အမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>နိုင်ငံသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>နံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>ရယူခဲ့သူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>အလုပ်အကိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>အမိန့်များ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinpoint</source>
        <translation>တိကျသော နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>မူရင်းနေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protest deployments</source>
        <translation>ဆန္ဒပြပွဲများသို့ စေလွှတ်ခံရမှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>ထုတ်ဝေသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>ရာထူး</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>အကြောင်းရင်းများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>ငြင်းဆန်ခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>တိုင်းဒေသကြီး/ပြည်နယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>မှတ်ပုံတင်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>တော်စပ်ပုံ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>ဘာသာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>တောင်းဆိုထားသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>လမ်းကြောင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to contact</source>
        <translation>ဆက်သွယ်ရန် လုံခြုံသည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separation</source>
        <translation>တာဝန်မှ ထွက်ခွာခြင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>တပ်တာဝန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service number</source>
        <translation>တပ်မှတ်နံပါတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service record</source>
        <translation>တပ်တာဝန် မှတ်တမ်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ကျား/မ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>ပြည်နယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>တပ်စခန်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>ထောက်ခံသည့်အချက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>စာသား</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>မြို့နယ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>ဘာသာပြန်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelled with</source>
        <translation>အတူ ခရီးသွားခဲ့သူများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>တပ်ခွဲ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ကျေးရွာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerabilities</source>
        <translation>ထိခိုက်လွယ်မှုများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ဘာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>သက်သေများ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>ရေးသားသည့်ရက်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {number}</source>
        <translation>အချက် {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {number}</source>
        <translation>{field} {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} › {field}</source>
        <translation>{path} › {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this shared database has no key slots</source>
        <translation>ဤမျှဝေသုံး ဒေတာဘေ့စ်တွင် ကီးနေရာများ မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(ဗလာ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ဟုတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>မဟုတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {value}</source>
        <translation>{field}- {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ours or theirs, not {choice!r}; nothing was changed.</source>
        <translation>ကျွန်ုပ်တို့ဟာ သို့မဟုတ် ၎င်းတို့ဟာကို ရွေးပါ၊ {choice!r} မဟုတ်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no open conflict {conflict_id}; nothing was changed.</source>
        <translation>ဖွင့်ထားသော ကွဲလွဲချက် {conflict_id} မရှိပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} changed since conflict {conflict_id} was recorded ({field} is no longer what it was); nothing was changed. Keep ours, or edit the case by hand.</source>
        <translation>ကွဲလွဲချက် {conflict_id} ကို မှတ်တမ်းတင်ပြီးနောက် အမှုတွဲ {case_number} ပြောင်းလဲသွားသည် ({field} သည် ယခင်အတိုင်း မဟုတ်တော့ပါ)၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။ ကျွန်ုပ်တို့ဟာကို ထားပါ သို့မဟုတ် အမှုတွဲကို ကိုယ်တိုင် ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose ours or theirs for at least one conflict.</source>
        <translation>ကွဲလွဲချက် အနည်းဆုံး တစ်ခုအတွက် ကျွန်ုပ်တို့ဟာ သို့မဟုတ် ၎င်းတို့ဟာကို ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} (the merged case would break this rule)</source>
        <translation>{problem} (ပေါင်းစည်းထားသော အမှုတွဲက ဤစည်းမျဉ်းကို ချိုးဖောက်မည်)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items}; {item}</source>
        <translation>{items}၊ {item}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{items} | {item}</source>
        <translation>{items} | {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict {conflict_id} is not one of case {case_number}; nothing was changed.</source>
        <translation>ကွဲလွဲချက် {conflict_id} သည် အမှုတွဲ {case_number} ၏ ကွဲလွဲချက် မဟုတ်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save to {path}: the folder {folder} does not exist.</source>
        <translation>{path} သို့ သိမ်း၍ မရပါ- ဖိုင်တွဲ {folder} မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This applies to a vault file; on a shared database it is the server&apos;s job (see docs/deployment.md).</source>
        <translation>ဤအရာသည် သိုလှောင်ခန်းဖိုင်အတွက်သာ ဖြစ်သည်၊ မျှဝေသုံး ဒေတာဘေ့စ်တွင် ဆာဗာ၏ တာဝန် ဖြစ်သည် (docs/deployment.md ကို ကြည့်ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role}) may not do this; it needs: {allowed}.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; ({role}) သည် ဤအရာကို မလုပ်နိုင်ပါ၊ လိုအပ်သည်- {allowed}။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>အင်္ဂလိပ်ဘာသာဖြင့်သာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burmese</source>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindi</source>
        <translation>ဟိန္ဒီ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file password needs at least {count} characters.</source>
        <translation>ဖိုင်စကားဝှက်တွင် အနည်းဆုံး စာလုံး {count} လုံး လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has an applicant and {count} dependents.</source>
        <translation>အမှုတွဲ {case_number} တွင် မှီခိုသူ {position} မရှိပါ- ၎င်းတွင် လျှောက်ထားသူ တစ်ဦးနှင့် မှီခိုသူ {count} ဦး ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the dependent {other_number} of {other_case_number} are already marked as different.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ မှီခိုသူ {other_number} ကို မတူညီသူများအဖြစ် မှတ်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the dependent {number} of {case_number} and the dependent {other_number} of {other_case_number}.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ မှီခိုသူ {other_number} အကြောင်း ဆုံးဖြတ်ချက် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant</source>
        <translation>လျှောက်ထားသူ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependent {number}</source>
        <translation>မှီခိုသူ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the same person as {case_number} (dependent {number})</source>
        <translation>{case_number} (မှီခိုသူ {number}) နှင့် လူတစ်ဦးတည်း မဟုတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no applicant.</source>
        <translation>အမှုတွဲ {case_number} တွင် လျှောက်ထားသူ မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has only an applicant.</source>
        <translation>အမှုတွဲ {case_number} တွင် မှီခိုသူ {position} မရှိပါ- ၎င်းတွင် လျှောက်ထားသူ တစ်ဦးသာ ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has an applicant and 1 dependent.</source>
        <translation>အမှုတွဲ {case_number} တွင် မှီခိုသူ {position} မရှိပါ- ၎င်းတွင် လျှောက်ထားသူ တစ်ဦးနှင့် မှီခိုသူ ၁ ဦး ရှိသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the dependent {other_number} of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ မှီခိုသူ {other_number} ကို လူတစ်ဦးတည်းအဖြစ် ချိတ်ဆက်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the applicant of {other_case_number} are already marked as different.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ လျှောက်ထားသူကို မတူညီသူများအဖြစ် မှတ်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the dependent {other_number} of {other_case_number} are already marked as different.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ မှီခိုသူ {other_number} ကို မတူညီသူများအဖြစ် မှတ်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the applicant of {other_case_number} are already marked as different.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ လျှောက်ထားသူကို မတူညီသူများအဖြစ် မှတ်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the applicant of {case_number} and the applicant of {other_case_number}.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ လျှောက်ထားသူအကြောင်း ဆုံးဖြတ်ချက် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the applicant of {case_number} and the dependent {other_number} of {other_case_number}.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ မှီခိုသူ {other_number} အကြောင်း ဆုံးဖြတ်ချက် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the dependent {number} of {case_number} and the applicant of {other_case_number}.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ လျှောက်ထားသူအကြောင်း ဆုံးဖြတ်ချက် မှတ်တမ်းတင်ထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person as {case_number} (dependent {number})</source>
        <translation>{case_number} (မှီခိုသူ {number}) နှင့် လူတစ်ဦးတည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the same person as {case_number} (applicant)</source>
        <translation>{case_number} (လျှောက်ထားသူ) နှင့် လူတစ်ဦးတည်း မဟုတ်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person is named by their position: 0 the applicant, 1 and up a dependent (not {position!r}).</source>
        <translation>လူတစ်ဦးကို ၎င်း၏ အစီအစဉ်နံပါတ်ဖြင့် ဖော်ပြပါ- 0 သည် လျှောက်ထားသူ၊ 1 နှင့်အထက်သည် မှီခိုသူ ({position!r} မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the applicant of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ လျှောက်ထားသူကို လူတစ်ဦးတည်းအဖြစ် ချိတ်ဆက်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the dependent {other_number} of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} ၏ လျှောက်ထားသူနှင့် {other_case_number} ၏ မှီခိုသူ {other_number} ကို လူတစ်ဦးတည်းအဖြစ် ချိတ်ဆက်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the applicant of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} ၏ မှီခိုသူ {number} နှင့် {other_case_number} ၏ လျှောက်ထားသူကို လူတစ်ဦးတည်းအဖြစ် ချိတ်ဆက်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both people are in case {case_number}: only people of two different cases can be linked or told apart.</source>
        <translation>လူနှစ်ဦးစလုံး အမှုတွဲ {case_number} ထဲတွင် ရှိသည်- မတူညီသော အမှုတွဲနှစ်ခုမှ လူများကိုသာ ချိတ်ဆက်နိုင် သို့မဟုတ် ခွဲခြားနိုင်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person as {case_number} (applicant)</source>
        <translation>{case_number} (လျှောက်ထားသူ) နှင့် လူတစ်ဦးတည်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring needs either a passphrase or the recovery key.</source>
        <translation>ပြန်လည်ထည့်သွင်းရန် စကားဝှက်စာကြောင်း သို့မဟုတ် ပြန်လည်ရယူရေးကီး တစ်ခုခု လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a file, not a vault folder; nothing was changed.</source>
        <translation>{target} သည် ဖိုင်တစ်ခု ဖြစ်ပြီး သိုလှောင်ခန်း ဖိုင်တွဲ မဟုတ်ပါ၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is not empty and is not a vault; restore into a new folder instead.</source>
        <translation>{target} သည် ဗလာ မဟုတ်ဘဲ သိုလှောင်ခန်းလည်း မဟုတ်ပါ၊ ဖိုင်တွဲအသစ်တစ်ခုထဲသို့ ပြန်လည်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault is damaged ({reason}); the replaced vaults were kept.</source>
        <translation>ဤသိုလှောင်ခန်း ပျက်စီးနေသည် ({reason})၊ အစားထိုးခံရသော သိုလှောင်ခန်းများကို ဆက်ထားရှိပါသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore to {target}: the folder {folder} does not exist.</source>
        <translation>{target} သို့ ပြန်လည်ထည့်သွင်း၍ မရပါ- ဖိုင်တွဲ {folder} မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} holds a different vault than this backup; restore into a new folder instead. Nothing was changed.</source>
        <translation>{target} တွင် ဤအရန်မိတ္တူနှင့် မတူသော သိုလှောင်ခန်း ရှိနေသည်၊ ဖိုင်တွဲအသစ်တစ်ခုထဲသို့ ပြန်လည်ထည့်သွင်းပါ။ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not open this backup (it needs the recovery key that was valid when the backup was taken).</source>
        <translation>ဤပြန်လည်ရယူရေးကီးဖြင့် ဤအရန်မိတ္တူကို ဖွင့်၍ မရပါ (အရန်မိတ္တူ ကူးခဲ့စဉ်က အသုံးပြုနေသော ပြန်လည်ရယူရေးကီး လိုအပ်သည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database in the backup {shown} is damaged ({reason}); nothing was changed.</source>
        <translation>အရန်မိတ္တူ {shown} ထဲရှိ ဒေတာဘေ့စ် ပျက်စီးနေသည် ({reason})၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The retention period must be between 1 and {most} years, not {years}.</source>
        <translation>ထိန်းသိမ်းကာလသည် ၁ နှစ်မှ {most} နှစ်အတွင်း ဖြစ်ရမည်၊ {years} မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one case to erase.</source>
        <translation>ဖျက်ရန် အမှုတွဲ အနည်းဆုံး တစ်ခု ဖော်ပြပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open elsewhere (another window or command): close it there, then erase; nothing was erased.</source>
        <translation>သိုလှောင်ခန်းကို အခြားနေရာတွင် ဖွင့်ထားသည် (အခြားဝင်းဒိုး သို့မဟုတ် command)- ထိုနေရာတွင် ပိတ်ပြီးမှ ဖျက်ပါ၊ မည်သည့်အရာမျှ မဖျက်ခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number} is not due for erasure (only closed cases are, {years} years after closing).</source>
        <translation>အမှုတွဲ {number} ကို ဖျက်ရန် အချိန် မကျသေးပါ (ပိတ်ပြီး {years} နှစ်ကြာသော ပိတ်ထားသည့် အမှုတွဲများကိုသာ ဖျက်နိုင်သည်)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number} is not due for erasure: no retention period is set.</source>
        <translation>အမှုတွဲ {number} ကို ဖျက်ရန် အချိန် မကျသေးပါ- ထိန်းသိမ်းကာလ သတ်မှတ်မထားပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{office_code!r} is not an office code (2–8 capital letters or digits, like CPH).</source>
        <translation>{office_code!r} သည် ရုံးကုဒ် မဟုတ်ပါ (စာလုံးကြီး သို့မဟုတ် ဂဏန်း ၂–၈ လုံး၊ CPH ကဲ့သို့)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user needs a name.</source>
        <translation>ပထမအသုံးပြုသူတွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key slots do not belong to this database.</source>
        <translation>ကီးနေရာများသည် ဤဒေတာဘေ့စ်နှင့် မသက်ဆိုင်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; has a key but no record in the database.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; တွင် ကီး ရှိသော်လည်း ဒေတာဘေ့စ်တွင် မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds Asylum Desk data; nothing was changed.</source>
        <translation>ဤဒေတာဘေ့စ်တွင် Asylum Desk ဒေတာ ရှိပြီးသား ဖြစ်သည်၊ မည်သည့်အရာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database holds no Asylum Desk data yet; set it up first (asylum-desk init --database-url …).</source>
        <translation>ဤဒေတာဘေ့စ်တွင် Asylum Desk ဒေတာ မရှိသေးပါ၊ အရင် စတင်ပြင်ဆင်ပါ (asylum-desk init --database-url …)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown table among {names}; choose: {choices}, all.</source>
        <translation>{names} ထဲတွင် မသိသော ဇယား ပါဝင်သည်၊ ရွေးချယ်ရန်- {choices}, all။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window ends ({end}) before it starts.</source>
        <translation>ကာလသည် မစတင်မီ ({end}) တွင် ပြီးဆုံးနေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The threshold must be at least {least}.</source>
        <translation>ကန့်သတ်ချက်သည် အနည်းဆုံး {least} ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one table.</source>
        <translation>ဇယား အနည်းဆုံး တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bound!r} is not a month (use YYYY-MM).</source>
        <translation>{bound!r} သည် လ မဟုတ်ပါ (YYYY-MM ပုံစံ သုံးပါ)။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {out}: the file must end in .csv or .xlsx.</source>
        <translation>{out} ကို ရေး၍ မရပါ- ဖိုင်သည် .csv သို့မဟုတ် .xlsx ဖြင့် ဆုံးရမည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong passphrases: waiting {seconds} s before trying.</source>
        <translation>စကားဝှက်စာကြောင်း မှားသည်မှာ အကြိမ်များလွန်းသည်- မကြိုးစားမီ {seconds} စက္ကန့် စောင့်နေသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong passphrases: try again in {seconds} s.</source>
        <translation>စကားဝှက်စာကြောင်း မှားသည်မှာ အကြိမ်များလွန်းသည်- {seconds} စက္ကန့်အကြာတွင် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock attempts cannot be counted here ({reason}).</source>
        <translation>မအောင်မြင်သော ဖွင့်ရန်ကြိုးပမ်းမှုများကို ဤနေရာတွင် ရေတွက်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempts since the last unlock, the last on {when}.</source>
        <translation>နောက်ဆုံးဖွင့်ပြီးကတည်းက မအောင်မြင်သော ဖွင့်ရန်ကြိုးပမ်းမှု {count} ကြိမ် ရှိခဲ့သည်၊ နောက်ဆုံးတစ်ကြိမ်မှာ {when} တွင် ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempts since the last unlock.</source>
        <translation>နောက်ဆုံးဖွင့်ပြီးကတည်းက မအောင်မြင်သော ဖွင့်ရန်ကြိုးပမ်းမှု {count} ကြိမ် ရှိခဲ့သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempt since the last unlock, on {when}.</source>
        <translation>နောက်ဆုံးဖွင့်ပြီးကတည်းက မအောင်မြင်သော ဖွင့်ရန်ကြိုးပမ်းမှု {count} ကြိမ် ရှိခဲ့သည်၊ {when} တွင် ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{attempts} {problem}</source>
        <translation>{attempts} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempt since the last unlock.</source>
        <translation>နောက်ဆုံးဖွင့်ပြီးကတည်းက မအောင်မြင်သော ဖွင့်ရန်ကြိုးပမ်းမှု {count} ကြိမ် ရှိခဲ့သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault folder is read-only</source>
        <translation>သိုလှောင်ခန်း ဖိုင်တွဲကို ဖတ်ရုံသာ ရနိုင်သည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new user needs a name.</source>
        <translation>အသုံးပြုသူအသစ်တွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is the last administrator and cannot be given another role; make someone else an administrator first.</source>
        <translation>{user} သည် နောက်ဆုံး စီမံခန့်ခွဲသူ ဖြစ်သဖြင့် အခြားအခန်းကဏ္ဍ ပေး၍ မရပါ၊ အခြားသူတစ်ဦးကို စီမံခန့်ခွဲသူအဖြစ် အရင်ခန့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot remove yourself ({user}) while signed in; ask another administrator.</source>
        <translation>ဝင်ရောက်ထားစဉ် သင်ကိုယ်တိုင် ({user}) ကို ဖယ်ရှား၍ မရပါ၊ အခြား စီမံခန့်ခွဲသူကို မေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot change your own role ({user}) while signed in; ask another administrator.</source>
        <translation>ဝင်ရောက်ထားစဉ် သင့်ကိုယ်ပိုင် အခန်းကဏ္ဍ ({user}) ကို ပြောင်း၍ မရပါ၊ အခြား စီမံခန့်ခွဲသူကို မေးပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is the last administrator and cannot be removed; make someone else an administrator first.</source>
        <translation>{user} သည် နောက်ဆုံး စီမံခန့်ခွဲသူ ဖြစ်သဖြင့် ဖယ်ရှား၍ မရပါ၊ အခြားသူတစ်ဦးကို စီမံခန့်ခွဲသူအဖြစ် အရင်ခန့်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is already a {role}.</source>
        <translation>{user} သည် {role} ဖြစ်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault was written by a newer version of Asylum Desk; please update.</source>
        <translation>ဤသိုလှောင်ခန်းကို Asylum Desk ဗားရှင်းအသစ်ဖြင့် ရေးထားသည်၊ အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database opens with neither the old nor the new key.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ်ကို ကီးအဟောင်းဖြင့်ရော ကီးအသစ်ဖြင့်ပါ ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database is empty: it is damaged or was truncated.</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် ဗလာဖြစ်နေသည်- ပျက်စီးနေသည် သို့မဟုတ် ပြတ်တောက်သွားသည်။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; has a key but no record in the vault.</source>
        <translation>အသုံးပြုသူ &apos;{user}&apos; တွင် ကီး ရှိသော်လည်း သိုလှောင်ခန်းတွင် မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database is damaged or was tampered with ({problem}).</source>
        <translation>သိုလှောင်ခန်း ဒေတာဘေ့စ် ပျက်စီးနေသည် သို့မဟုတ် တစ်စုံတစ်ယောက်က ပြင်ဆင်ထားသည် ({problem})။</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database schema is not at the current version</source>
        <translation>ဒေတာဘေ့စ် ဖွဲ့စည်းပုံသည် လက်ရှိဗားရှင်း မဟုတ်ပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database page check: {problem}</source>
        <translation>ဒေတာဘေ့စ် စာမျက်နှာ စစ်ဆေးချက်- {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit trail row {row} {reason}</source>
        <translation>စာရင်းစစ်မှတ်တမ်း အတန်း {row} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case {number} is in the audit trail but missing from the vault</source>
        <translation>အမှုတွဲ {number} သည် စာရင်းစစ်မှတ်တမ်းတွင် ရှိသော်လည်း သိုလှောင်ခန်းတွင် မရှိပါ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case {number} was changed outside Asylum Desk (it does not match its last audit entry)</source>
        <translation>အမှုတွဲ {number} ကို Asylum Desk ပြင်ပတွင် ပြောင်းလဲခဲ့သည် (၎င်း၏ နောက်ဆုံး စာရင်းစစ်မှတ်တမ်းနှင့် မကိုက်ညီပါ)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="-131"/>
        <source>Set up Asylum Desk</source>
        <translation>Asylum Desk ကို စတင်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a folder for the vault</source>
        <translation>သိုလှောင်ခန်းအတွက် ဖိုင်တွဲ ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/statement_dialog.py" line="+44"/>
        <source>Statement of {number}</source>
        <translation>{number} ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement and its context</source>
        <translation>ထွက်ဆိုချက်နှင့် ၎င်း၏ နောက်ခံအကြောင်းအရာ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Translation</source>
        <translation>ဘာသာပြန်ချက်</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The translation of the statement, in English.</source>
        <translation>ထွက်ဆိုချက်၏ အင်္ဂလိပ်ဘာသာပြန်ချက်။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save translation</source>
        <translation>ဘာသာပြန်ချက် သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved: {reason}</source>
        <translation>မသိမ်းရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation saved.</source>
        <translation>ဘာသာပြန်ချက်ကို သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statement of case {number}</source>
        <translation>အမှုတွဲ {number} ၏ ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown language</source>
        <translation>မသိသော ဘာသာစကား</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {language}</source>
        <translation>{language} ဖြင့်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No statement recorded yet.</source>
        <translation>ထွက်ဆိုချက် မှတ်တမ်းမတင်ရသေးပါ။</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reasons for flight</source>
        <translation>ထွက်ပြေးရသည့် အကြောင်းရင်းများ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fears on return</source>
        <translation>ပြန်ပို့ခံရလျှင် စိုးရိမ်မှုများ</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/statistics_dialog.py" line="+59"/>
        <source>Month of crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်သည့်လ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District of crossing</source>
        <translation>နယ်စပ်ဖြတ်ကျော်ရာ ခရိုင်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing point</source>
        <translation>ဖြတ်ကျော်ရာ နေရာ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for flight</source>
        <translation>ထွက်ပြေးရသည့် အကြောင်းရင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific needs</source>
        <translation>အထူးလိုအပ်ချက်များ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statistics</source>
        <translation>စာရင်းအင်းများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Crossed from (month)</source>
        <translation>ဖြတ်ကျော်ခဲ့သည့်လ (မှ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossed until (month)</source>
        <translation>ဖြတ်ကျော်ခဲ့သည့်လ (ထိ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Hide counts below</source>
        <translation>ဤအရေအတွက်အောက်ကို ဝှက်ရန်</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Show</source>
        <translation>ပြရန်(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>ထုတ်ယူရန်…(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics tables</source>
        <translation>စာရင်းအင်း ဇယားများ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossed from</source>
        <translation>ဖြတ်ကျော်ခဲ့သည်- မှ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>ထိ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting…</source>
        <translation>ရေတွက်နေသည်…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No statistics: {reason}</source>
        <translation>စာရင်းအင်း မရှိပါ- {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fewer cases than the threshold</source>
        <translation>သတ်မှတ်ချက်ထက် နည်းသော အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} cases</source>
        <translation>အမှုတွဲ {count} ခု</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cases} that crossed {start} – {end}</source>
        <translation>{start} – {end} အတွင်း ဖြတ်ကျော်ခဲ့သော {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any time</source>
        <translation>မည်သည့်အချိန်မဆို</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ယခု</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts below {threshold} are hidden (shown as &lt;{threshold}), and never only one in a table.</source>
        <translation>{threshold} အောက် အရေအတွက်များကို ဝှက်ထားသည် (&lt;{threshold} အဖြစ် ပြသည်)၊ ဇယားတစ်ခုတွင် တစ်ခုတည်းကို ဘယ်တော့မှ မဝှက်ပါ။</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cases}. {hidden}</source>
        <translation>{cases}။ {hidden}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported: {reason}</source>
        <translation>မထုတ်ယူရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {file} (no names, small counts hidden).</source>
        <translation>{file} သို့ ထုတ်ယူပြီးပါပြီ (အမည်မပါ၊ အရေအတွက်နည်းသည်များကို ဝှက်ထားသည်)။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export statistics</source>
        <translation>စာရင်းအင်းများ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV, one file per table (*.csv)</source>
        <translation>Spreadsheet (*.xlsx);;CSV၊ ဇယားတစ်ခုလျှင် ဖိုင်တစ်ခု (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown</source>
        <translation>မသိ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(all cases)</source>
        <translation>(အမှုတွဲအားလုံး)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{category} (fewer than {threshold}, hidden)</source>
        <translation>{category} ({threshold} အောက်၊ ဝှက်ထားသည်)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A case can count under several headings.</source>
        <translation>အမှုတွဲတစ်ခုကို ခေါင်းစဉ်များစွာအောက်တွင် ရေတွက်နိုင်သည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart: {table}</source>
        <translation>ဂရပ်- {table}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="+88"/>
        <source>Passphrase strength</source>
        <translation>စကားဝှက်စာကြောင်း၏ ခိုင်မာမှု</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{strength}. {hint}</source>
        <translation>{strength}။ {hint}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/table_section.py" line="+120"/>
        <source>{noun} table</source>
        <translation>{noun} ဇယား</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add {noun}</source>
        <translation>{noun} ထည့်ရန်(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>ဖယ်ရှားရန်(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected {noun} (Ctrl+Delete)</source>
        <translation>ရွေးထားသော {noun} ကို ဖယ်ရှားရန် (Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move dow&amp;n</source>
        <translation>အောက်သို့ ရွှေ့ရန်(&amp;N)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Added {noun} {number}.</source>
        <translation>{noun} {number} ကို ထည့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the {noun} to remove first.</source>
        <translation>ဖယ်ရှားမည့် {noun} ကို အရင်ရွေးပါ။</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {noun} {number} (Undo brings it back).</source>
        <translation>{noun} {number} ကို ဖယ်ရှားပြီးပါပြီ (Undo ဖြင့် ပြန်ရနိုင်သည်)။</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/common.py" line="-33"/>
        <source>Cancelled; nothing was written or changed.</source>
        <translation>ရပ်တန့်လိုက်သည်၊ မည်သည့်အရာမျှ မရေး မပြောင်းခဲ့ပါ။</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Working</source>
        <translation>လုပ်ဆောင်နေသည်</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage}: {done} of {total}…</source>
        <translation>{stage}- {total} အနက် {done}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../asylum_desk/ui/unlock_view.py" line="+99"/>
        <source>Asylum Desk</source>
        <translation>Asylum Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock the vault to continue.</source>
        <translation>ဆက်လုပ်ရန် သိုလှောင်ခန်းကို သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation>အသုံးပြုသူအမည်</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>စကားဝှက်စာကြောင်း</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this device</source>
        <translation>ဤစက်တွင် မှတ်ထားရန်</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep an unlock secret in this computer&apos;s secure keyring, so you need not type the passphrase here. Anyone who can use your computer account could then open the vault.</source>
        <translation>ဤနေရာတွင် စကားဝှက်စာကြောင်း ရိုက်စရာမလိုစေရန် သော့ဖွင့်လျှို့ဝှက်ချက်ကို ဤကွန်ပျူတာ၏ လုံခြုံသော keyring တွင် သိမ်းထားပါ။ ထိုအခါ သင့်ကွန်ပျူတာအကောင့်ကို သုံးနိုင်သူ မည်သူမဆို သိုလှောင်ခန်းကို ဖွင့်နိုင်ပါမည်။</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Message</source>
        <translation>မက်ဆေ့ချ်</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait before the next attempt</source>
        <translation>နောက်တစ်ကြိမ် မကြိုးစားမီ စောင့်ပါ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+299"/>
        <source>Unlock</source>
        <translation>သော့ဖွင့်ရန်</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Forgot passphrase?</source>
        <translation>စကားဝှက်စာကြောင်း မေ့သွားပါသလား။</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User name:</source>
        <translation>အသုံးပြုသူအမည်-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>စကားဝှက်စာကြောင်း-</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Type your user name.</source>
        <translation>သင့်အသုံးပြုသူအမည်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your passphrase.</source>
        <translation>သင့်စကားဝှက်စာကြောင်းကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>သော့ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unlocked, but not remembered: {problem}</source>
        <translation>သော့ဖွင့်ပြီးပါပြီ၊ သို့သော် မမှတ်ထားရပါ- {problem}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Remembering the unlock on this device is turned off.</source>
        <translation>ဤစက်တွင် သော့ဖွင့်မှုကို မှတ်ထားခြင်းကို ပိတ်ထားသည်။</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/users_page.py" line="-56"/>
        <source>Remove {name}?</source>
        <translation>{name} ကို ဖယ်ရှားမလား။</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Remove {name} from this vault?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} ကို ဤသိုလှောင်ခန်းမှ ဖယ်ရှားမလား။&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s passphrase will no longer open this vault: their key slot is destroyed now. Their user record, their case assignments and their unsaved drafts are removed too. Cases they own keep their name as caseworker until a supervisor hands them to someone else.</source>
        <translation>{name} ၏ စကားဝှက်စာကြောင်းသည် ဤသိုလှောင်ခန်းကို ဖွင့်နိုင်တော့မည် မဟုတ်ပါ- ၎င်းတို့၏ ကီးနေရာကို ယခု ဖျက်ဆီးပါသည်။ ၎င်းတို့၏ အသုံးပြုသူမှတ်တမ်း၊ အမှုတွဲ တာဝန်ပေးမှုများနှင့် မသိမ်းရသေးသော မူကြမ်းများကိုလည်း ဖယ်ရှားပါသည်။ ၎င်းတို့ပိုင်သော အမှုတွဲများတွင် ကြီးကြပ်သူက အခြားသူထံ လွှဲမပေးမချင်း ၎င်းတို့၏ အမည်ကို အမှုတွဲတာဝန်ခံအဖြစ် ဆက်ထားပါမည်။</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is &lt;b&gt;not re-keyed&lt;/b&gt; here. A copy of the key file made before now (an old copy of the vault folder, or a backup) still opens the vault with {name}&apos;s passphrase. If they could have such a copy, re-key the vault afterwards (Office › Re-key the vault…, or &lt;code&gt;asylum-desk rekey&lt;/code&gt;) and print the new recovery key; then take a new backup and destroy the older ones.</source>
        <translation>ဤနေရာတွင် သိုလှောင်ခန်း၏ &lt;b&gt;ကီးကို မပြောင်းပါ&lt;/b&gt;။ ယခုမတိုင်မီ ပြုလုပ်ထားသော ကီးဖိုင်မိတ္တူ (သိုလှောင်ခန်းဖိုင်တွဲ၏ မိတ္တူဟောင်း သို့မဟုတ် အရန်မိတ္တူ) သည် {name} ၏ စကားဝှက်စာကြောင်းဖြင့် သိုလှောင်ခန်းကို ဖွင့်နိုင်ဆဲ ဖြစ်သည်။ ၎င်းတို့ထံ ထိုမိတ္တူ ရှိနိုင်လျှင် ထို့နောက် သိုလှောင်ခန်း၏ ကီးကို ပြောင်းပါ (ရုံး › သိုလှောင်ခန်း၏ ကီးကို ပြောင်းရန်… သို့မဟုတ် &lt;code&gt;asylum-desk rekey&lt;/code&gt;) ပြီး ပြန်လည်ရယူရေးကီးအသစ်ကို ပုံနှိပ်ပါ၊ ထို့နောက် အရန်မိတ္တူအသစ် ကူးပြီး အဟောင်းများကို ဖျက်ဆီးပါ။</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove {name}</source>
        <translation>{name} ကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Everyone who can unlock this vault on this laptop. Each person has their own passphrase; the role decides what they may see and do.</source>
        <translation>ဤလက်ပ်တော့ပေါ်တွင် ဤသိုလှောင်ခန်းကို သော့ဖွင့်နိုင်သူ အားလုံး။ လူတိုင်းတွင် ကိုယ်ပိုင် စကားဝှက်စာကြောင်း ရှိပြီး တာဝန်က ၎င်းတို့ ဘာမြင်ရမည်၊ ဘာလုပ်နိုင်မည်ကို ဆုံးဖြတ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>တာဝန်</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>ထည့်သည့်နေ့</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>အသုံးပြုသူများ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add user…</source>
        <translation>အသုံးပြုသူ ထည့်ရန်…(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change role…</source>
        <translation>တာဝန် ပြောင်းရန်…(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove user…</source>
        <translation>အသုံးပြုသူ ဖယ်ရှားရန်…(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users status</source>
        <translation>အသုံးပြုသူများ အခြေအနေ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} (you)</source>
        <translation>{name} (သင်)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Added {name} ({role}). They unlock with their own name and passphrase.</source>
        <translation>{name} ({role}) ကို ထည့်ပြီးပါပြီ။ ၎င်းတို့သည် ကိုယ်ပိုင်အမည်နှင့် စကားဝှက်စာကြောင်းဖြင့် သော့ဖွင့်ပါသည်။</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Role not changed: {reason}</source>
        <translation>တာဝန် မပြောင်းရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is now {role}.</source>
        <translation>{name} သည် ယခု {role} ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not removed: {reason}</source>
        <translation>မဖယ်ရှားရပါ- {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {name}: their passphrase no longer opens this vault. Not re-keyed: if they could have an old copy of the key file, use Office › Re-key the vault…</source>
        <translation>{name} ကို ဖယ်ရှားပြီးပါပြီ- ၎င်းတို့၏ စကားဝှက်စာကြောင်းသည် ဤသိုလှောင်ခန်းကို မဖွင့်နိုင်တော့ပါ။ ကီး မပြောင်းရသေးပါ- ၎င်းတို့ထံ ကီးဖိုင်၏ မိတ္တူဟောင်း ရှိနိုင်လျှင် ရုံး › သိုလှောင်ခန်း၏ ကီးကို ပြောင်းရန်… ကို သုံးပါ</translation>
    </message>
</context>
</TS>
