<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AddOfficeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/address_book_dialog.py" line="+58"/>
        <source>Add an office</source>
        <translation>कार्यालय जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the identity line the other office sent you. Then phone that office, ask them to read out their fingerprint, and type it below. Add the office only if the two are the same.</source>
        <translation>दूसरे कार्यालय ने आपको जो पहचान पंक्ति भेजी है, उसे यहाँ चिपकाएँ। फिर उस कार्यालय को फ़ोन करें, उनसे अपना फ़िंगरप्रिंट पढ़कर सुनाने को कहें, और उसे नीचे टाइप करें। कार्यालय तभी जोड़ें जब दोनों एक जैसे हों।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity line of the other office</source>
        <translation>दूसरे कार्यालय की पहचान पंक्ति</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office of this identity</source>
        <translation>इस पहचान का कार्यालय</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of this identity</source>
        <translation>इस पहचान का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint read out by phone</source>
        <translation>फ़ोन पर पढ़कर सुनाया गया फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do the fingerprints match</source>
        <translation>क्या फ़िंगरप्रिंट मेल खाते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identity line</source>
        <translation>पहचान पंक्ति(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint</source>
        <translation>इसका फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint read out by &amp;phone</source>
        <translation>फ़ोन पर सुनाया गया फ़िंगरप्रिंट(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add office</source>
        <translation>कार्यालय जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The fingerprints are the same.</source>
        <translation>फ़िंगरप्रिंट एक जैसे हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprints are NOT the same: do not add this office.</source>
        <translation>फ़िंगरप्रिंट एक जैसे नहीं हैं: यह कार्यालय न जोड़ें।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the other office&apos;s identity line first.</source>
        <translation>पहले दूसरे कार्यालय की पहचान पंक्ति चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the fingerprint the other office read out to you by phone.</source>
        <translation>दूसरे कार्यालय ने फ़ोन पर जो फ़िंगरप्रिंट सुनाया, उसे टाइप करें।</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/add_user_dialog.py" line="+70"/>
        <source>Add a user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. thida</source>
        <translation>उदा. thida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now hand the keyboard to the new user. They type a passphrase of their own, twice, while nobody watches; nobody else should ever know it. A few ordinary words are easy to remember and hard to guess.</source>
        <translation>अब कीबोर्ड नए उपयोगकर्ता को दें। वे अपना पासफ़्रेज़ दो बार टाइप करें, जब कोई देख न रहा हो; किसी और को यह कभी पता नहीं होना चाहिए। कुछ साधारण शब्द याद रखने में आसान और अनुमान लगाने में कठिन होते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>भूमिका(&amp;R):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their &amp;passphrase:</source>
        <translation>उनका पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add user status</source>
        <translation>उपयोगकर्ता जोड़ने की स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add user</source>
        <translation>उपयोगकर्ता जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Adding {name}: protecting their key takes a few seconds…</source>
        <translation>{name} को जोड़ा जा रहा है: उनकी कुंजी को सुरक्षित करने में कुछ सेकंड लगते हैं…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not added: {reason}</source>
        <translation>नहीं जोड़ा गया: {reason}</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/address_book_dialog.py" line="+19"/>
        <source>Offices and identity</source>
        <translation>कार्यालय और पहचान</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give this line to the offices that will send you cases (by e-mail, messenger or the QR code). It holds no secret. Then phone each office and read out the fingerprint, so that they know the line really came from you.</source>
        <translation>यह पंक्ति उन कार्यालयों को दें जो आपको केस भेजेंगे (ई-मेल, मैसेंजर या QR कोड से)। इसमें कोई गुप्त जानकारी नहीं है। फिर हर कार्यालय को फ़ोन करके फ़िंगरप्रिंट पढ़कर सुनाएँ, ताकि उन्हें पता रहे कि यह पंक्ति सच में आपसे आई है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This office&apos;s identity line</source>
        <translation>इस कार्यालय की पहचान पंक्ति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the identity line to paste it into a message.</source>
        <translation>संदेश में चिपकाने के लिए पहचान पंक्ति कॉपी करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This office&apos;s fingerprint</source>
        <translation>इस कार्यालय का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office {code} — {name}. Fingerprint:</source>
        <translation>कार्यालय {code} — {name}। फ़िंगरप्रिंट:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy result</source>
        <translation>कॉपी का परिणाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office</source>
        <translation>यह कार्यालय</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offices in the address book</source>
        <translation>पता-पुस्तिका में कार्यालय</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No other office yet. Add the offices you exchange cases with.</source>
        <translation>अभी कोई दूसरा कार्यालय नहीं है। जिन कार्यालयों के साथ आप केसों का आदान-प्रदान करते हैं, उन्हें जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add office…</source>
        <translation>कार्यालय जोड़ें…(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Only supervisors and administrators add offices.</source>
        <translation>केवल पर्यवेक्षक और प्रशासक कार्यालय जोड़ते हैं।</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Other offices (the address book)</source>
        <translation>अन्य कार्यालय (पता-पुस्तिका)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copied. Paste it into a message to the other office.</source>
        <translation>कॉपी हो गया। इसे दूसरे कार्यालय को भेजे जाने वाले संदेश में चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Office {code} was added to the address book.</source>
        <translation>कार्यालय {code} पता-पुस्तिका में जोड़ दिया गया।</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../asylum_desk/app.py" line="+211"/>
        <source>Shared database</source>
        <translation>साझा डेटाबेस</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/applicant_section.py" line="+24"/>
        <source>Anonymous applicant — outside this case they appear as «{pseudonym}». The real name below is never shown in lists or packets without consent.</source>
        <translation>गुमनाम आवेदक — इस केस के बाहर वे «{pseudonym}» के नाम से दिखते हैं। नीचे दिया असली नाम सहमति के बिना सूचियों या पैकेटों में कभी नहीं दिखाया जाता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous dependent — outside this case they appear as «{pseudonym}». The real name below is never shown in lists or packets without consent.</source>
        <translation>गुमनाम आश्रित — इस केस के बाहर वे «{pseudonym}» के नाम से दिखते हैं। नीचे दिया असली नाम सहमति के बिना सूचियों या पैकेटों में कभी नहीं दिखाया जाता।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no pseudonym yet)</source>
        <translation>(अभी कोई छद्म नाम नहीं)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anonymity notice</source>
        <translation>गुमनामी सूचना</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who registered the case</source>
        <translation>जिसने केस दर्ज किया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us</source>
        <translation>स्थिति(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>दर्ज करने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case&amp;worker</source>
        <translation>केसवर्कर(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case</source>
        <translation>केस</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Specific needs</source>
        <translation>विशेष ज़रूरतें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specific needs (highly sensitive)</source>
        <translation>विशेष ज़रूरतें (अत्यंत संवेदनशील)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/assign_dialog.py" line="+39"/>
        <source>caseworker (all of the case)</source>
        <translation>केसवर्कर (पूरा केस)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter (statement)</source>
        <translation>दुभाषिया (बयान)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Assign case {number}</source>
        <translation>केस {number} सौंपें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned as</source>
        <translation>किस रूप में सौंपा गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current assignments</source>
        <translation>वर्तमान ज़िम्मेदारियाँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unassign…</source>
        <translation>ज़िम्मेदारी वापस लें…(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is assigned to</source>
        <translation>{number} इन्हें सौंपा गया है</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Assign to</source>
        <translation>इन्हें सौंपें</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Assign</source>
        <translation>सौंपें(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A caseworker assigned a case works on all of it. An interpreter sees only its statement sections and may change only the translation. The case&apos;s own caseworker needs no assignment.</source>
        <translation>जिस केसवर्कर को केस सौंपा जाता है, वह पूरे केस पर काम करता है। दुभाषिया केवल बयान वाले हिस्से देखता है और केवल अनुवाद बदल सकता है। केस के अपने केसवर्कर को सौंपने की ज़रूरत नहीं होती।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assignment status</source>
        <translation>सौंपने की स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no caseworker or interpreter yet)</source>
        <translation>(अभी कोई केसवर्कर या दुभाषिया नहीं)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{number} is assigned to nobody besides its caseworker.</source>
        <translation>{number} इसके केसवर्कर के अलावा किसी को नहीं सौंपा गया है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not assigned: {reason}</source>
        <translation>नहीं सौंपा गया: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned {number} to {name} ({role}).</source>
        <translation>{number} को {name} ({role}) को सौंपा गया।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not withdrawn: {reason}</source>
        <translation>वापस नहीं लिया गया: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is no longer assigned to {name}.</source>
        <translation>{number} अब {name} को सौंपा हुआ नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw the assignment?</source>
        <translation>ज़िम्मेदारी वापस लें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw {number} from {name}? They will no longer see it, and their unsaved drafts of this case are deleted.</source>
        <translation>{name} से {number} वापस लें? वे इसे आगे नहीं देख पाएँगे, और इस केस के उनके बिना सहेजे ड्राफ़्ट मिटा दिए जाएँगे।</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/audit_page.py" line="+39"/>
        <source>Add user</source>
        <translation>उपयोगकर्ता जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove user</source>
        <translation>उपयोगकर्ता हटाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>भूमिका बदली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-key vault</source>
        <translation>वॉल्ट की कुंजी बदली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember device</source>
        <translation>डिवाइस याद रखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset passphrase with recovery key</source>
        <translation>रिकवरी कुंजी से पासफ़्रेज़ दोबारा तय किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>बनाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save case</source>
        <translation>केस सहेजा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close case</source>
        <translation>केस बंद किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save translation</source>
        <translation>अनुवाद सहेजा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>देखा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make packet</source>
        <translation>पैकेट बनाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save packet file</source>
        <translation>पैकेट फ़ाइल सहेजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print packet</source>
        <translation>पैकेट प्रिंट किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>बैकअप लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup</source>
        <translation>बैकअप वापस लाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete replaced vaults</source>
        <translation>बदले गए वॉल्ट मिटाए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign case</source>
        <translation>केस सौंपा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw assignment</source>
        <translation>सौंपा गया काम वापस लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send cases</source>
        <translation>केस भेजे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive cases</source>
        <translation>केस प्राप्त किए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge case</source>
        <translation>केस मिलाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict</source>
        <translation>टकराव सुलझाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set retention period</source>
        <translation>रखाव अवधि तय की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase case</source>
        <translation>केस मिटाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same person</source>
        <translation>एक ही व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo same person</source>
        <translation>एक ही व्यक्ति का निर्णय वापस लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same person</source>
        <translation>एक ही व्यक्ति नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo not the same person</source>
        <translation>एक ही व्यक्ति नहीं का निर्णय वापस लिया</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+43"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Case number</source>
        <translation>केस संख्या</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>e.g. CPH-2026-0042</source>
        <translation>उदा. CPH-2026-0042</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;From</source>
        <translation>से(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>तक(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>फ़िल्टर हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User</source>
        <translation>उपयोगकर्ता(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case number</source>
        <translation>केस संख्या(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>कार्रवाई(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Days (UTC, both included)</source>
        <translation>दिन (UTC, दोनों शामिल)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit events</source>
        <translation>ऑडिट घटनाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ &amp;Newer</source>
        <translation>◀ नई(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older ▶</source>
        <translation>पुरानी ▶(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events shown</source>
        <translation>दिखाई गई घटनाएँ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log status</source>
        <translation>ऑडिट लॉग की स्थिति</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every view, change, export, packet, assignment, user change, setting and erasure. No applicant&apos;s name, place or statement is ever in it: only the case number.</source>
        <translation>हर बार देखना, बदलाव, निर्यात, पैकेट, ज़िम्मेदारी, उपयोगकर्ता में बदलाव, सेटिंग और मिटाना। इसमें किसी आवेदक का नाम, स्थान या बयान कभी नहीं होता: केवल केस संख्या।</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any action</source>
        <translation>कोई भी कार्रवाई</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The first day is after the last day: no event fits.</source>
        <translation>पहला दिन अंतिम दिन के बाद है: कोई घटना इसमें नहीं आती।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No events.</source>
        <translation>कोई घटना नहीं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events {first:,}–{last:,} of {total:,}, newest first</source>
        <translation>घटनाएँ {first:,}–{last:,} (कुल {total:,}), नई पहले</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/backup_banner.py" line="+16"/>
        <source>This vault has never been backed up. A backup on a USB stick kept elsewhere saves the cases if this laptop is lost, seized or broken.</source>
        <translation>इस वॉल्ट का कभी बैकअप नहीं लिया गया। कहीं और रखी USB स्टिक पर बैकअप हो, तो यह लैपटॉप खो जाने, ज़ब्त होने या टूट जाने पर भी केस बचे रहते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last backup was taken {days} days ago ({day}).</source>
        <translation>पिछला बैकअप {days} दिन पहले ({day}) लिया गया था।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Back up now…</source>
        <translation>अभी बैकअप लें…(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/batch_print.py" line="+45"/>
        <source>Print packets for {count} cases</source>
        <translation>{count} केसों के पैकेट प्रिंट करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declaration also in</source>
        <translation>घोषणा इस भाषा में भी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each applicant&apos;s own language</source>
        <translation>हर आवेदक की अपनी भाषा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cases are selected. Each packet holds only what that case&apos;s consent for this recipient allows; every packet printed is logged.</source>
        <translation>{count} केस चुने गए हैं। हर पैकेट में केवल वही होता है जिसकी उस केस की, इस प्राप्तकर्ता के लिए दी गई सहमति अनुमति देती है; प्रिंट किया गया हर पैकेट लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing result</source>
        <translation>प्रिंट करने का परिणाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recipient</source>
        <translation>प्राप्तकर्ता(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration also in</source>
        <translation>घोषणा इस भाषा में भी(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>packets</source>
        <translation>पैकेट</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Making and printing packets…</source>
        <translation>पैकेट बनाए और प्रिंट किए जा रहे हैं…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing packets</source>
        <translation>पैकेट प्रिंट हो रहे हैं</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Packet {index} of {count}: {number}</source>
        <translation>पैकेट {index} / {count}: {number}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Printed {printed} of {total} packets ({pages} pages).</source>
        <translation>{total} में से {printed} पैकेट प्रिंट हुए ({pages} पन्ने)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the remaining packets were not made or printed.</source>
        <translation>रद्द किया गया: बाकी पैकेट न बने, न प्रिंट हुए।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed: {reasons}</source>
        <translation>प्रिंट नहीं हुआ: {reasons}</translation>
    </message>
</context>
<context>
    <name>CandidateRow</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="+75"/>
        <source>score {score}</source>
        <translation>स्कोर {score}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Same person — link</source>
        <translation>एक ही व्यक्ति — जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are one person registered twice: link the two records.</source>
        <translation>वे एक ही व्यक्ति हैं जो दो बार दर्ज हुए: दोनों रिकॉर्ड जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same person</source>
        <translation>एक ही व्यक्ति नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different people: do not propose this pair again.</source>
        <translation>अलग-अलग लोग: यह जोड़ी दोबारा न सुझाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case</source>
        <translation>केस खोलें</translation>
    </message>
</context>
<context>
    <name>CaseChecks</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/checks.py" line="+28"/>
        <source>{code} is not a language code: use ISO 639 codes such as my, en, ctd</source>
        <translation>{code} भाषा कोड नहीं है: my, en, ctd जैसे ISO 639 कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code} is not a country code: use three capital letters such as MMR, IND, THA</source>
        <translation>{code} देश कोड नहीं है: MMR, IND, THA जैसे तीन बड़े अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter a pseudonym: an anonymous dependent is shown by it everywhere else</source>
        <translation>छद्म नाम लिखें: गुमनाम आश्रित बाकी हर जगह इसी नाम से दिखता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a pseudonym: an anonymous applicant is shown by it everywhere else</source>
        <translation>छद्म नाम लिखें: गुमनाम आवेदक बाकी हर जगह इसी नाम से दिखता है</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The relationship is required</source>
        <translation>रिश्ता लिखना ज़रूरी है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{age} is not an age: 0–130</source>
        <translation>{age} उम्र नहीं है: 0–130</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The statement is required from “{status}” on</source>
        <translation>“{status}” से आगे बयान ज़रूरी है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened is required</source>
        <translation>क्या हुआ, यह लिखना ज़रूरी है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order is required</source>
        <translation>आदेश लिखना ज़रूरी है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of document is required</source>
        <translation>दस्तावेज़ का प्रकार लिखना ज़रूरी है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one consent is required from “{status}” on: record what the applicant agreed to</source>
        <translation>“{status}” से आगे कम से कम एक सहमति ज़रूरी है: दर्ज करें कि आवेदक ने किस बात पर सहमति दी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The note is required</source>
        <translation>नोट लिखना ज़रूरी है</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/case_editor.py" line="+118"/>
        <source>Sections of the case</source>
        <translation>केस के हिस्से</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>{section} ({keys})</source>
        <translation>{section} ({keys})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{section} ({keys}) — 1 problem</source>
        <translation>{section} ({keys}) — 1 समस्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{section} ({keys}) — {count} problems</source>
        <translation>{section} ({keys}) — {count} समस्याएँ</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../asylum_desk/ui/case_list_model.py" line="+36"/>
        <source>(name hidden)</source>
        <translation>(नाम छिपा है)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registered</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>साक्षात्कार हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement drafted</source>
        <translation>बयान का मसौदा तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet ready</source>
        <translation>पैकेट तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>जमा किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>निर्णय हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Case number</source>
        <translation>केस संख्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossed</source>
        <translation>सीमा पार की</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last change</source>
        <translation>अंतिम बदलाव</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../asylum_desk/ui/case_list_view.py" line="+39"/>
        <source>Search names (any script), case numbers, places…</source>
        <translation>नाम (किसी भी लिपि में), केस संख्या, स्थान खोजें…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search cases</source>
        <translation>केस खोजें</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>स्थिति के अनुसार छाँटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: any</source>
        <translation>स्थिति: कोई भी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specific need</source>
        <translation>विशेष ज़रूरत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by specific need</source>
        <translation>विशेष ज़रूरत के अनुसार छाँटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific need: any</source>
        <translation>विशेष ज़रूरत: कोई भी</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by caseworker</source>
        <translation>केसवर्कर के अनुसार छाँटें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by crossing district</source>
        <translation>सीमा पार करने के ज़िले के अनुसार छाँटें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases</source>
        <translation>केस</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number of cases shown</source>
        <translation>दिखाए गए केसों की संख्या</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{count} found</source>
        <translation>{count} मिले</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} cases</source>
        <translation>{count} केस</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../asylum_desk/ui/case_panel.py" line="+21"/>
        <source>Select a case in the list, or press Ctrl+N to register a new one.

Every change is kept as an encrypted draft while you type.</source>
        <translation>सूची में कोई केस चुनें, या नया केस दर्ज करने के लिए Ctrl+N दबाएँ।

टाइप करते समय हर बदलाव एक एन्क्रिप्टेड ड्राफ़्ट के रूप में रखा जाता है।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save state</source>
        <translation>सहेजने की स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this case (Ctrl+S)</source>
        <translation>यह केस सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked people</source>
        <translation>जुड़े हुए लोग</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New case</source>
        <translation>नया केस</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymous applicant: real name inside only</source>
        <translation>गुमनाम आवेदक: असली नाम केवल केस के अंदर</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes (draft kept)</source>
        <translation>बिना सहेजे बदलाव (ड्राफ़्ट रखा गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/users_page.py" line="+92"/>
        <source>Change {name}&apos;s role</source>
        <translation>{name} की भूमिका बदलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New role</source>
        <translation>नई भूमिका</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s case assignments as {role} are withdrawn when the role changes, with their unsaved drafts of those cases. The change holds at once, also if they are signed in right now.</source>
        <translation>भूमिका बदलने पर {name} को {role} के रूप में सौंपे गए केस, उन केसों के उनके बिना सहेजे ड्राफ़्ट सहित, वापस ले लिए जाते हैं। बदलाव तुरंत लागू होता है, चाहे वे अभी साइन इन हों।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now:</source>
        <translation>अभी:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New role:</source>
        <translation>नई भूमिका(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Change role</source>
        <translation>भूमिका बदलें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/changed_elsewhere_dialog.py" line="+35"/>
        <source>{number} was saved by someone else</source>
        <translation>{number} को किसी और ने सहेजा है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved now</source>
        <translation>अभी सहेजा गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Their save changed nothing you can see in this case&apos;s fields.</source>
        <translation>उनके सहेजने से इस केस के फ़ील्ड में ऐसा कुछ नहीं बदला जो आपको दिखे।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep mine (save over theirs)</source>
        <translation>मेरा रखें (उनके ऊपर सहेजें)(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take theirs (my edits become a draft)</source>
        <translation>उनका लें (मेरे बदलाव ड्राफ़्ट बन जाएँगे)(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="+20"/>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="+24"/>
        <source>Relationship</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>पारिवारिक नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name in Burmese script</source>
        <translation>बर्मी लिपि में नाम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="+36"/>
        <source>Kind of document</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required, e.g. police ID card, national registration card</source>
        <translation>ज़रूरी, उदा. पुलिस पहचान पत्र, राष्ट्रीय पंजीकरण कार्ड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Original held</source>
        <translation>मूल प्रति पास है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticked: the applicant still has the original</source>
        <translation>टिक किया: मूल प्रति अब भी आवेदक के पास है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="+3"/>
        <source>Required, e.g. mother, younger brother</source>
        <translation>ज़रूरी, उदा. माँ, छोटा भाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole years, 0–130</source>
        <translation>पूरे वर्ष, 0–130</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born</source>
        <translation>जन्म</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="+25"/>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="+22"/>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+36"/>
        <source>e.g. 1994-05</source>
        <translation>उदा. 1994-05</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Situation</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last
contact</source>
        <translation>अंतिम
संपर्क</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe to
contact</source>
        <translation>संपर्क
सुरक्षित</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three letters, e.g. MMR</source>
        <translation>तीन अक्षर, उदा. MMR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact place</source>
        <translation>सटीक स्थान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclose
at most</source>
        <translation>अधिकतम
बताएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How precisely the location may ever leave the vault</source>
        <translation>स्थान कितनी सटीकता से कभी वॉल्ट से बाहर जा सकता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-3"/>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-3"/>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-3"/>
        <source>Written on</source>
        <translation>लिखने की तारीख़</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+5"/>
        <source>Issued by (rank only)</source>
        <translation>किसने जारी किया (केवल पद)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order</source>
        <translation>आदेश</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/consent_section.py" line="+17"/>
        <source>Nothing leaves the vault without the applicant&apos;s consent for that recipient. Tick “Given” only after explaining, in the applicant&apos;s language, who will see what. The authorities of the country of origin never receive anything.</source>
        <translation>आवेदक की सहमति के बिना उस प्राप्तकर्ता को वॉल्ट से कुछ नहीं जाता। “दी गई” पर टिक तभी करें जब आवेदक की भाषा में समझा दिया हो कि क्या कौन देखेगा। मूल देश के अधिकारियों को कभी कुछ नहीं मिलता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>दी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>कब दी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>किसने ली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Recipients</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{recipient}: consent given</source>
        <translation>{recipient}: सहमति दी गई</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: identity may be disclosed</source>
        <translation>{recipient}: पहचान बताई जा सकती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: family may be disclosed</source>
        <translation>{recipient}: परिवार की जानकारी बताई जा सकती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: consent given on</source>
        <translation>{recipient}: सहमति की तारीख़</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{recipient}: consent obtained by</source>
        <translation>{recipient}: सहमति किसने ली</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{recipient}: interpreter</source>
        <translation>{recipient}: दुभाषिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if one was needed</source>
        <translation>अगर ज़रूरत पड़ी हो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The applicant&apos;s identity may be disclosed to this recipient</source>
        <translation>आवेदक की पहचान इस प्राप्तकर्ता को बताई जा सकती है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The family left behind may be disclosed to this recipient</source>
        <translation>पीछे छूटे परिवार की जानकारी इस प्राप्तकर्ता को बताई जा सकती है</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{recipient}: {problem}</source>
        <translation>{recipient}: {problem}</translation>
    </message>
</context>
<context>
    <name>CrossingSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/crossing_section.py" line="+31"/>
        <source>&amp;Date</source>
        <translation>तारीख़(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. river crossing near Zokhawthar</source>
        <translation>उदा. ज़ोखावथर के पास नदी पार करने की जगह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing &amp;point</source>
        <translation>सीमा पार करने की जगह(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Champhai</source>
        <translation>उदा. चम्फाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;trict</source>
        <translation>ज़िला(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mizoram</source>
        <translation>उदा. मिज़ोरम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ate</source>
        <translation>राज्य(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. IND</source>
        <translation>उदा. IND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>देश(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places passed through, means of travel</source>
        <translation>रास्ते में पड़ी जगहें, यात्रा के साधन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route</source>
        <translation>रास्ता(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. alone; two colleagues (pseudonyms only)</source>
        <translation>उदा. अकेले; दो सहकर्मी (केवल छद्म नाम)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelled &amp;with</source>
        <translation>किनके साथ यात्रा की(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. village council volunteers</source>
        <translation>उदा. ग्राम परिषद के स्वयंसेवक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received &amp;by</source>
        <translation>किसने स्वागत किया(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. relief camp, Lawngtlai district</source>
        <translation>उदा. राहत शिविर, लॉन्गतलाई ज़िला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current &amp;location</source>
        <translation>वर्तमान स्थान(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant has crossed the border</source>
        <translation>आवेदक ने सीमा पार की है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossing recorded</source>
        <translation>सीमा पार करना दर्ज है</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/database_password_dialog.py" line="+39"/>
        <source>Shared database</source>
        <translation>साझा डेटाबेस</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asylum Desk works on the office&apos;s shared database. Type the database password (your administrator gives it to you).</source>
        <translation>Asylum Desk कार्यालय के साझा डेटाबेस पर काम करता है। डेटाबेस पासवर्ड टाइप करें (यह आपको आपके प्रशासक देते हैं)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server:</source>
        <translation>सर्वर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>उपयोगकर्ता:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database password</source>
        <translation>डेटाबेस पासवर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (secure keyring)</source>
        <translation>इस कंप्यूटर पर याद रखें (सुरक्षित कीरिंग)(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>कनेक्ट करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;laptop&apos;s vault instead</source>
        <translation>इसके बजाय इस लैपटॉप का वॉल्ट इस्तेमाल करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work on the vault kept on this computer for now; the shared database stays in the preferences for the next start.</source>
        <translation>अभी के लिए इस कंप्यूटर पर रखे वॉल्ट पर काम करें; साझा डेटाबेस अगली बार शुरू करने के लिए प्राथमिकताओं में बना रहता है।</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="+14"/>
        <source>decided by {user} on {day}</source>
        <translation>{user} द्वारा {day} को तय किया गया</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this decision: the pair may be proposed again as a possible duplicate.</source>
        <translation>यह निर्णय भूल जाएँ: यह जोड़ी फिर से संभावित दोहराव के रूप में सुझाई जा सकती है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open case</source>
        <translation>केस खोलें</translation>
    </message>
</context>
<context>
    <name>DependentsSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="+14"/>
        <source>People who crossed with the applicant. Select one to fill in their details below.</source>
        <translation>आवेदक के साथ सीमा पार करने वाले लोग। नीचे उनका विवरण भरने के लिए किसी एक को चुनें।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a dependent, or select one in the table, to edit it here.</source>
        <translation>यहाँ बदलने के लिए आश्रित जोड़ें, या तालिका में किसी को चुनें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected dependent</source>
        <translation>चुना गया आश्रित</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dependent {number}</source>
        <translation>आश्रित {number}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="+43"/>
        <source>Identity documents</source>
        <translation>पहचान दस्तावेज़</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scans stored in this case</source>
        <translation>इस केस में रखे गए स्कैन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add f&amp;ile…</source>
        <translation>फ़ाइल जोड़ें…(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove s&amp;can</source>
        <translation>स्कैन हटाएँ(&amp;C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Files are copied into this encrypted case. Afterwards, delete the original from the scanner folder or phone.</source>
        <translation>फ़ाइलें इस एन्क्रिप्टेड केस में कॉपी की जाती हैं। इसके बाद मूल फ़ाइल को स्कैनर फ़ोल्डर या फ़ोन से मिटा दें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scans (PNG, JPEG or PDF)</source>
        <translation>स्कैन (PNG, JPEG या PDF)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added {file}.</source>
        <translation>{file} जोड़ी गई।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add scans to this case</source>
        <translation>इस केस में स्कैन जोड़ें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans: images and PDF</source>
        <translation>स्कैन: चित्र और PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{problem} ({count} more refused)</source>
        <translation>{problem} ({count} और अस्वीकार)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {file} (Undo brings it back).</source>
        <translation>{file} हटाई गई (पूर्ववत करने से वापस आ जाएगी)।</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/drafts_banner.py" line="+29"/>
        <source>&amp;Restore</source>
        <translation>वापस लाएँ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>छोड़ दें(&amp;D)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved edits of case {number} from {saved} UTC were kept ({more} more after this one).</source>
        <translation>केस {number} के बिना सहेजे बदलाव {saved} UTC से रखे गए हैं (इसके बाद {more} और)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits of case {number} from {saved} UTC were kept.</source>
        <translation>केस {number} के बिना सहेजे बदलाव {saved} UTC से रखे गए हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved edits of a new case from {saved} UTC were kept ({more} more after this one).</source>
        <translation>एक नए केस के बिना सहेजे बदलाव {saved} UTC से रखे गए हैं (इसके बाद {more} और)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved edits of a new case from {saved} UTC were kept.</source>
        <translation>एक नए केस के बिना सहेजे बदलाव {saved} UTC से रखे गए हैं।</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_banner.py" line="+24"/>
        <source>Possibly the same person as in {case} ({why}). Check before going on: a person registered twice gets two different files.</source>
        <translation>संभवतः {case} ({why}) वाला ही व्यक्ति। आगे बढ़ने से पहले जाँचें: दो बार दर्ज व्यक्ति की दो अलग फ़ाइलें बन जाती हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possibly the same person as in {case} ({why}) and 1 more case. Check before going on: a person registered twice gets two different files.</source>
        <translation>संभवतः {case} ({why}) और 1 अन्य केस वाला ही व्यक्ति। आगे बढ़ने से पहले जाँचें: दो बार दर्ज व्यक्ति की दो अलग फ़ाइलें बन जाती हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possibly the same person as in {case} ({why}) and {count} more cases. Check before going on: a person registered twice gets two different files.</source>
        <translation>संभवतः {case} ({why}) और {count} अन्य केसों वाला ही व्यक्ति। आगे बढ़ने से पहले जाँचें: दो बार दर्ज व्यक्ति की दो अलग फ़ाइलें बन जाती हैं।</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="-75"/>
        <source>The score is the names&apos; similarity (0–100%) plus or minus the other evidence (birth date, township, sex), so it can pass 100. From 90 up, a person is flagged.</source>
        <translation>स्कोर नामों की समानता (0–100%) है, जिसमें दूसरे प्रमाण (जन्म तिथि, टाउनशिप, लिंग) जोड़े या घटाए जाते हैं, इसलिए यह 100 से ऊपर जा सकता है। 90 या उससे ऊपर पर व्यक्ति को चिह्नित किया जाता है।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependent {number}</source>
        <translation>आश्रित {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked: same person as {case} ({person})</source>
        <translation>जुड़ा हुआ: {case} ({person}) वाला ही व्यक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not the same person as {case} ({person})</source>
        <translation>{case} ({person}) वाला व्यक्ति नहीं</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>same person as {case} ({person})</source>
        <translation>{case} ({person}) वाला ही व्यक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{this} is the same person as {case} ({person})</source>
        <translation>{this} वही व्यक्ति है जो {case} ({person}) में है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Linked: {links}</source>
        <translation>जुड़ा हुआ: {links}</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Possible &amp;duplicates…</source>
        <translation>संभावित दोहराव…(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review the people of other cases who may be the same as someone in the open case.</source>
        <translation>दूसरे केसों के वे लोग देखें जो खुले केस के किसी व्यक्ति से मेल खा सकते हैं।</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a saved case to review its possible duplicates.</source>
        <translation>संभावित दोहराव देखने के लिए कोई सहेजा हुआ केस खोलें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the case first (Ctrl+S): the review compares the saved case.</source>
        <translation>पहले केस सहेजें (Ctrl+S): जाँच सहेजे हुए केस से तुलना करती है।</translation>
    </message>
</context>
<context>
    <name>DuplicatesBanner</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_banner.py" line="+31"/>
        <source>&amp;Open that case</source>
        <translation>वह केस खोलें(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review…</source>
        <translation>जाँचें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every possible duplicate of this case&apos;s people: link the same person, or mark as not the same person (Ctrl+Shift+D).</source>
        <translation>इस केस के लोगों के सभी संभावित दोहराव: एक ही व्यक्ति को जोड़ें, या “एक ही व्यक्ति नहीं” चिह्नित करें (Ctrl+Shift+D)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/duplicates_dialog.py" line="-243"/>
        <source>Possible duplicates — {case}</source>
        <translation>संभावित दोहराव — {case}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People of other cases who may be the same person as someone in {case}. Open the other case to compare; then link the two records if they are one person, or mark them as not the same person so that they are not proposed again.</source>
        <translation>दूसरे केसों के वे लोग जो {case} के किसी व्यक्ति जैसे हो सकते हैं। तुलना के लिए दूसरा केस खोलें; फिर अगर वे एक ही व्यक्ति हैं तो दोनों रिकॉर्ड जोड़ें, या “एक ही व्यक्ति नहीं” चिह्नित करें ताकि उन्हें दोबारा न सुझाया जाए।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review status</source>
        <translation>जाँच की स्थिति</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>1 possible duplicate to review.</source>
        <translation>जाँचने के लिए 1 संभावित दोहराव।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} possible duplicates to review.</source>
        <translation>जाँचने के लिए {count} संभावित दोहराव।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible duplicates left to review.</source>
        <translation>जाँचने के लिए कोई संभावित दोहराव नहीं बचा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant: {name}</source>
        <translation>आवेदक: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dependent {number}: {name}</source>
        <translation>आश्रित {number}: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No possible duplicates.</source>
        <translation>कोई संभावित दोहराव नहीं।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Linked: the {this} and {case} ({person}).</source>
        <translation>जोड़ा गया: {this} और {case} ({person})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as not the same person: the {this} and {case} ({person}).</source>
        <translation>“एक ही व्यक्ति नहीं” चिह्नित: {this} और {case} ({person})।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undone: {decision}.</source>
        <translation>पूर्ववत किया गया: {decision}।</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../asylum_desk/ui/workers.py" line="+153"/>
        <source>The vault database is damaged or could not be read; nothing was changed.</source>
        <translation>वॉल्ट डेटाबेस क्षतिग्रस्त है या पढ़ा नहीं जा सका; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong: {kind}.</source>
        <translation>कुछ गड़बड़ हो गई: {kind}।</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-62"/>
        <source>Family members may suffer reprisals. Record only what is needed; locations are disclosed at most to the chosen granularity.</source>
        <translation>परिवार के सदस्यों के साथ बदले की कार्रवाई हो सकती है। केवल उतना दर्ज करें जितना ज़रूरी है; स्थान अधिकतम चुनी गई सटीकता तक ही बताए जाते हैं।</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Warning about reprisals</source>
        <translation>बदले की कार्रवाई की चेतावनी</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>N&amp;otes on the selected family member</source>
        <translation>चुने गए परिवार सदस्य पर नोट(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/fields.py" line="+44"/>
        <source>{text} is not a date: {hint}</source>
        <translation>{text} तारीख़ नहीं है: {hint}</translation>
    </message>
</context>
<context>
    <name>FirstUserPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+153"/>
        <source>The first user</source>
        <translation>पहला उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This person becomes the administrator and can later give colleagues their own passphrases.</source>
        <translation>यह व्यक्ति प्रशासक बनता है और बाद में सहकर्मियों को उनके अपने पासफ़्रेज़ दे सकता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. amara</source>
        <translation>उदा. amara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
</context>
<context>
    <name>FlightSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="+6"/>
        <source>details, in the applicant&apos;s words</source>
        <translation>विवरण, आवेदक के अपने शब्दों में</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{reason}: details</source>
        <translation>{reason}: विवरण</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons (tick all that apply)</source>
        <translation>कारण (जो भी लागू हों, सब पर टिक करें)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. my</source>
        <translation>उदा. my</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage</source>
        <translation>भाषा(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language code of the statement as told, e.g. my for Burmese.</source>
        <translation>बयान जिस भाषा में दिया गया, उसका कोड, उदा. बर्मी के लिए my।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The applicant&apos;s own account, in their language</source>
        <translation>आवेदक का अपना विवरण, उनकी भाषा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tement</source>
        <translation>बयान(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation into English</source>
        <translation>अंग्रेज़ी में अनुवाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ranslation</source>
        <translation>अनुवाद(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Nilar Htwe (Burmese–English)</source>
        <translation>उदा. Nilar Htwe (बर्मी–अंग्रेज़ी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter</source>
        <translation>दुभाषिया(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s statement</source>
        <translation>आवेदक का बयान</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline of events</source>
        <translation>घटनाओं का क्रम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fears &amp;on return</source>
        <translation>वापसी पर डर(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the applicant fears would happen if returned, and from whom.</source>
        <translation>वापस भेजे जाने पर आवेदक को किस बात का और किससे डर है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/form.py" line="+97"/>
        <source>Problem with {field}</source>
        <translation>{field} में समस्या</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>highly sensitive</source>
        <translation>अत्यंत संवेदनशील</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../asylum_desk/ui/help_window.py" line="+298"/>
        <source>&amp;User guide</source>
        <translation>उपयोगकर्ता गाइड(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use Asylum Desk, in plain words.</source>
        <translation>Asylum Desk कैसे इस्तेमाल करें, सरल शब्दों में।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Administrator guide</source>
        <translation>प्रशासक गाइड(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For whoever looks after the office&apos;s laptops: installing, users, backups, transfers, the shared database.</source>
        <translation>उनके लिए जो कार्यालय के लैपटॉप सँभालते हैं: इंस्टॉल करना, उपयोगकर्ता, बैकअप, केस भेजना, साझा डेटाबेस।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location line="-147"/>
        <source>Asylum Desk — Help</source>
        <translation>Asylum Desk — सहायता</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections of this guide</source>
        <translation>इस गाइड के हिस्से</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ &amp;Back</source>
        <translation>◀ पीछे(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward ▶</source>
        <translation>आगे ▶(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>गाइड में खोजें (Enter: अगला, Shift+Enter: पिछला)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find in the guide</source>
        <translation>गाइड में खोजें</translation>
    </message>
    <message>
        <location line="+43"/>
        <source># The guide is missing

Asylum Desk looked for it at `{path}`. The same guide is in the `docs` folder of the Asylum Desk source.</source>
        <translation># गाइड नहीं मिली

Asylum Desk ने इसे `{path}` पर खोजा। यही गाइड Asylum Desk के स्रोत के `docs` फ़ोल्डर में है।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{text}” is not in this page.</source>
        <translation>“{text}” इस पन्ने में नहीं है।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Asylum Desk — {title}</source>
        <translation>Asylum Desk — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not part of the guide on this computer.</source>
        <translation>{name} इस कंप्यूटर पर गाइड का हिस्सा नहीं है।</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/history_section.py" line="+25"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created case</source>
        <translation>केस बनाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported case</source>
        <translation>केस आयात किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved case</source>
        <translation>केस सहेजा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened case</source>
        <translation>केस खोला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened statement</source>
        <translation>बयान खोला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened conflicts</source>
        <translation>टकराव खोले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed case</source>
        <translation>केस बंद किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added dependent</source>
        <translation>आश्रित जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added family member</source>
        <translation>परिवार का सदस्य जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved statement translation</source>
        <translation>बयान का अनुवाद सहेजा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported case</source>
        <translation>केस निर्यात किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made packet</source>
        <translation>पैकेट बनाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved packet file</source>
        <translation>पैकेट फ़ाइल सहेजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed packet</source>
        <translation>पैकेट प्रिंट किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked duplicate</source>
        <translation>दोहराव को जोड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked duplicate</source>
        <translation>दोहराव का जोड़ हटाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed duplicate</source>
        <translation>संभावित दोहराव खारिज किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened duplicate</source>
        <translation>संभावित दोहराव फिर से खोला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged case</source>
        <translation>केस मिलाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved conflict</source>
        <translation>टकराव सुलझाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned case</source>
        <translation>केस सौंपा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrew assignment</source>
        <translation>सौंपा गया काम वापस लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased case</source>
        <translation>केस मिटाया</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Recorded by the vault each time the case is opened, saved or exported.</source>
        <translation>हर बार केस खोलने, सहेजने या निर्यात करने पर वॉल्ट द्वारा दर्ज।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case history</source>
        <translation>केस का इतिहास</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/labels.py" line="+28"/>
        <source>Registered</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewed</source>
        <translation>साक्षात्कार हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement drafted</source>
        <translation>बयान का मसौदा तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet ready</source>
        <translation>पैकेट तैयार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>जमा किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>निर्णय हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Refused an unlawful order</source>
        <translation>गैरकानूनी आदेश मानने से इनकार किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political opinion (also imputed)</source>
        <translation>राजनीतिक विचार (आरोपित भी)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took part in protests</source>
        <translation>विरोध प्रदर्शनों में भाग लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil disobedience movement</source>
        <translation>सविनय अवज्ञा आंदोलन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particular social group</source>
        <translation>विशेष सामाजिक समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generalised violence</source>
        <translation>व्यापक हिंसा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced recruitment</source>
        <translation>ज़बरन भर्ती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>अन्य कारण</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survivor of torture</source>
        <translation>यातना से बचे व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical needs</source>
        <translation>चिकित्सा संबंधी ज़रूरतें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>विकलांगता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single parent</source>
        <translation>अकेले माता या पिता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child in the case</source>
        <translation>केस में बच्चा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unaccompanied minor</source>
        <translation>बिना साथी के नाबालिग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>बुज़ुर्ग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnant</source>
        <translation>गर्भवती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survivor of sexual or gender-based violence</source>
        <translation>यौन या लिंग-आधारित हिंसा से बचे व्यक्ति</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other specific need</source>
        <translation>अन्य विशेष ज़रूरत</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In hiding</source>
        <translation>छिपे हुए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>हिरासत में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatened</source>
        <translation>धमकी मिली</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe</source>
        <translation>सुरक्षित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>मृत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>country only</source>
        <translation>केवल देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact</source>
        <translation>सटीक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host government</source>
        <translation>मेज़बान सरकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNHCR</source>
        <translation>UNHCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal counsel</source>
        <translation>क़ानूनी सलाहकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 1994-05</source>
        <translation>उदा. 1994-05</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM या YYYY-MM-DD लिखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highly sensitive: leaves the vault only with the applicant&apos;s consent for that recipient.</source>
        <translation>अत्यंत संवेदनशील: यह उस प्राप्तकर्ता के लिए आवेदक की सहमति होने पर ही वॉल्ट से बाहर जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonyms only — never real names. One per line.</source>
        <translation>केवल छद्म नाम — असली नाम कभी नहीं। हर पंक्ति में एक।</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-15"/>
        <source>Asked by every asylum form: did the applicant witness or take part in ill-treatment, or use force?</source>
        <translation>हर शरण फ़ॉर्म में पूछा जाता है: क्या आवेदक ने दुर्व्यवहार देखा या उसमें भाग लिया, या बल प्रयोग किया?</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+34"/>
        <source>Where to keep the vault</source>
        <translation>वॉल्ट कहाँ रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything in the vault is encrypted: without a passphrase or the recovery key, its files reveal nothing.</source>
        <translation>वॉल्ट में सब कुछ एन्क्रिप्टेड है: पासफ़्रेज़ या रिकवरी कुंजी के बिना इसकी फ़ाइलों से कुछ पता नहीं चलता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create vault</source>
        <translation>वॉल्ट बनाएँ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault folder</source>
        <translation>वॉल्ट फ़ोल्डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another folder…</source>
        <translation>कोई दूसरा फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault will be created in this folder:</source>
        <translation>वॉल्ट इस फ़ोल्डर में बनाया जाएगा:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a folder on this computer&apos;s own disk, not a shared or cloud-synced folder. The folder must be new or empty.</source>
        <translation>इस कंप्यूटर की अपनी डिस्क पर फ़ोल्डर चुनें, कोई साझा या क्लाउड से सिंक होने वाला फ़ोल्डर नहीं। फ़ोल्डर नया या ख़ाली होना चाहिए।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>एन्क्रिप्टेड वॉल्ट बनाया जा रहा है… इसमें कुछ सेकंड लगते हैं।</translation>
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
        <translation>नया केस(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>खोजें…(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;list</source>
        <translation>केस सूची(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Privacy mode</source>
        <translation>गोपनीयता मोड(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide names in the list (case numbers and pseudonyms only), for public places.</source>
        <translation>सार्वजनिक जगहों के लिए सूची में नाम छिपाएँ (केवल केस संख्या और छद्म नाम)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Packet…</source>
        <translation>पैकेट…(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make, preview, print or save the open case&apos;s packet.</source>
        <translation>खुले केस का पैकेट बनाएँ, पूर्वावलोकन करें, प्रिंट करें या सहेजें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print packets of selected &amp;cases…</source>
        <translation>चुने गए केसों के पैकेट प्रिंट करें…(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select several cases in the list (Ctrl+click or Shift+click), then print their packets in one go.</source>
        <translation>सूची में कई केस चुनें (Ctrl+क्लिक या Shift+क्लिक), फिर उनके पैकेट एक साथ प्रिंट करें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applicant information &amp;notice…</source>
        <translation>आवेदक सूचना पत्र…(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the notice that tells applicants who receives what and that they may refuse.</source>
        <translation>वह सूचना प्रिंट करें जो आवेदकों को बताती है कि किसे क्या मिलता है और वे मना कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>बैकअप लें…(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one encrypted, checked backup file, for example to a USB stick.</source>
        <translation>एक एन्क्रिप्टेड, जाँची हुई बैकअप फ़ाइल लिखें, उदाहरण के लिए USB स्टिक पर।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock and &amp;forget this device</source>
        <translation>लॉक करें और यह डिवाइस भूल जाएँ(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>प्राथमिकताएँ…(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Office</source>
        <translation>कार्यालय(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Privacy mode: names are hidden in the list.</source>
        <translation>गोपनीयता मोड: सूची में नाम छिपे हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy mode off: names are shown.</source>
        <translation>गोपनीयता मोड बंद: नाम दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unlocked</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case has changes that are not saved yet. Save them before closing?</source>
        <translation>इस केस में ऐसे बदलाव हैं जो अभी सहेजे नहीं गए। बंद करने से पहले सहेजें?</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_cases.py" line="+34"/>
        <source>Not saved: {problem}</source>
        <translation>सहेजा नहीं गया: {problem}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The unsaved edits of the previous case were kept as a draft.</source>
        <translation>पिछले केस के बिना सहेजे बदलाव ड्राफ़्ट के रूप में रखे गए।</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Saved {number}.</source>
        <translation>{number} सहेजा गया।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your edits were kept as a draft.</source>
        <translation>आपके बदलाव ड्राफ़्ट के रूप में रखे गए।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Draft not kept: {problem}</source>
        <translation>ड्राफ़्ट नहीं रखा गया: {problem}</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_packets.py" line="+29"/>
        <source>Open a saved case to make its packet.</source>
        <translation>पैकेट बनाने के लिए कोई सहेजा हुआ केस खोलें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case first (Ctrl+S): a packet is made from the saved case.</source>
        <translation>पहले केस सहेजें (Ctrl+S): पैकेट सहेजे हुए केस से बनता है।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select the cases in the list first (Ctrl+click or Shift+click).</source>
        <translation>पहले सूची में केस चुनें (Ctrl+क्लिक या Shift+क्लिक)।</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_transfer.py" line="+33"/>
        <source>S&amp;end cases…</source>
        <translation>केस भेजें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the selected cases (or the open one) to other offices as one encrypted, signed bundle file.</source>
        <translation>चुने गए केस (या खुला केस) दूसरे कार्यालयों को एक एन्क्रिप्टेड, हस्ताक्षरित बंडल फ़ाइल के रूप में भेजें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Receive bundle…</source>
        <translation>बंडल प्राप्त करें…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case bundle another office sent you.</source>
        <translation>किसी दूसरे कार्यालय का भेजा केस बंडल खोलें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offices and &amp;identity…</source>
        <translation>कार्यालय और पहचान…(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office&apos;s identity to give to others, and the offices you exchange cases with.</source>
        <translation>दूसरों को देने के लिए इस कार्यालय की पहचान, और वे कार्यालय जिनसे आप केसों का आदान-प्रदान करते हैं।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select the cases to send in the list first (or open a saved case).</source>
        <translation>पहले सूची में भेजे जाने वाले केस चुनें (या कोई सहेजा हुआ केस खोलें)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the open case first (Ctrl+S): a bundle holds the saved cases.</source>
        <translation>पहले खुला केस सहेजें (Ctrl+S): बंडल में सहेजे हुए केस होते हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot send: {problem}</source>
        <translation>भेजा नहीं जा सकता: {problem}</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/main_window_vault.py" line="+57"/>
        <source>Re-keying the vault: this takes a moment…</source>
        <translation>वॉल्ट की कुंजी बदली जा रही है: इसमें थोड़ा समय लगता है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-keyed. Unlock with your passphrase as before.</source>
        <translation>कुंजी बदल दी गई। पहले की तरह अपने पासफ़्रेज़ से अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not re-keyed: {problem}</source>
        <translation>कुंजी नहीं बदली गई: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-key the vault</source>
        <translation>वॉल्ट की कुंजी बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the vault under a new key? Everyone keeps their passphrase, old copies of the key file stop working, and the current recovery key is replaced by a new one that you must print. The vault locks afterwards.</source>
        <translation>वॉल्ट को नई कुंजी से एन्क्रिप्ट करें? सबका पासफ़्रेज़ वही रहेगा, कुंजी फ़ाइल की पुरानी प्रतियाँ काम करना बंद कर देंगी, और वर्तमान रिकवरी कुंजी की जगह नई कुंजी आएगी जिसे आपको प्रिंट करना होगा। इसके बाद वॉल्ट लॉक हो जाएगा।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Writing and checking the backup…</source>
        <translation>बैकअप लिखा और जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and checked: {file} ({size} MB).</source>
        <translation>बैकअप लिखा और जाँचा गया: {file} ({size} MB)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backup written: {problem}</source>
        <translation>कोई बैकअप नहीं लिखा गया: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up the vault</source>
        <translation>वॉल्ट का बैकअप लें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asylum Desk backups (*.adbackup)</source>
        <translation>Asylum Desk बैकअप (*.adbackup)</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/merge_page.py" line="+81"/>
        <source>Before: {value}</source>
        <translation>पहले: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field}, before</source>
        <translation>{field}, पहले</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;ours</source>
        <translation>हमारा रखें(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: keep ours, {value}</source>
        <translation>{field}: हमारा रखें, {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take theirs ({office})</source>
        <translation>उनका लें ({office})(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: take theirs, {value}</source>
        <translation>{field}: उनका लें, {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received from office {office} on {when}</source>
        <translation>कार्यालय {office} से {when} को प्राप्त</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field}, ours</source>
        <translation>{field}, हमारा</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field}, theirs</source>
        <translation>{field}, उनका</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cases with conflicts</source>
        <translation>टकराव वाले केस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ses</source>
        <translation>केस(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case shown</source>
        <translation>दिखाया गया केस</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep all ours</source>
        <translation>सब हमारा रखें(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all t&amp;heirs</source>
        <translation>सब उनका लें(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pply choices</source>
        <translation>चुनाव लागू करें(&amp;P)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge status</source>
        <translation>मिलाने की स्थिति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields of received cases that were changed both here and at the office that sent them. The case keeps ours until you choose; taking theirs puts the other office&apos;s value into the case. Fields changed on one side only were merged already.</source>
        <translation>प्राप्त केसों के वे फ़ील्ड जो यहाँ भी बदले गए और भेजने वाले कार्यालय में भी। जब तक आप न चुनें, केस में हमारा मान रहता है; उनका लेने से दूसरे कार्यालय का मान केस में आ जाता है। केवल एक तरफ़ बदले गए फ़ील्ड पहले ही मिला दिए गए हैं।</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No open conflicts: every received case is merged.</source>
        <translation>कोई खुला टकराव नहीं: हर प्राप्त केस मिला दिया गया है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {number}: 1 field to choose</source>
        <translation>केस {number}: 1 फ़ील्ड चुनना है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case {number}: {count} fields to choose</source>
        <translation>केस {number}: {count} फ़ील्ड चुनने हैं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours (this office)</source>
        <translation>हमारा (यह कार्यालय)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (the office that sent it)</source>
        <translation>उनका (भेजने वाला कार्यालय)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose ours or theirs for at least one field.</source>
        <translation>कम से कम एक फ़ील्ड के लिए हमारा या उनका चुनें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case {number}: {resolved} resolved ({taken} taken from the other office); {left} still to choose.</source>
        <translation>केस {number}: {resolved} सुलझाए गए ({taken} दूसरे कार्यालय से लिए गए); {left} अभी चुनने बाकी हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case {number}: {resolved} resolved ({taken} taken from the other office).</source>
        <translation>केस {number}: {resolved} सुलझाए गए ({taken} दूसरे कार्यालय से लिए गए)।</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="+272"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>दोनों पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type it again:</source>
        <translation>इसे दोबारा टाइप करें:</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/rekey_dialog.py" line="+15"/>
        <source>New recovery key</source>
        <translation>नई रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is now encrypted under a new key. Everyone keeps their passphrase; an old copy of the key file (in an old backup, say) opens nothing any more, and the old recovery key no longer works. Print this new recovery key and lock it away, then take a new backup.</source>
        <translation>वॉल्ट अब नई कुंजी से एन्क्रिप्ट है। सबका पासफ़्रेज़ वही रहता है; कुंजी फ़ाइल की पुरानी प्रति (जैसे किसी पुराने बैकअप में) अब कुछ नहीं खोलती, और पुरानी रिकवरी कुंजी अब काम नहीं करती। यह नई रिकवरी कुंजी प्रिंट करके ताले में रखें, फिर नया बैकअप लें।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="+17"/>
        <source>Internal notes: never printed unless a procedure requires.</source>
        <translation>आंतरिक नोट: जब तक कोई प्रक्रिया न माँगे, कभी प्रिंट नहीं होते।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Text of the selected note</source>
        <translation>चुने गए नोट का पाठ(&amp;T)</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/notice_dialog.py" line="+39"/>
        <source>Applicant information notice</source>
        <translation>आवेदक सूचना पत्र</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the notice</source>
        <translation>सूचना पत्र की भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>English (अंग्रेज़ी)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice preview</source>
        <translation>सूचना पत्र का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The notice could not be made: {reason}</source>
        <translation>सूचना पत्र नहीं बन सका: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{pages} pages.</source>
        <translation>{pages} पन्ने।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not printed: {reason}</source>
        <translation>प्रिंट नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} पन्ने प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: {reason}</source>
        <translation>सहेजा नहीं गया: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file}.</source>
        <translation>{file} सहेजी गई।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>information notice</source>
        <translation>सूचना पत्र</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save notice</source>
        <translation>सूचना पत्र सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <location filename="../../asylum_desk/ui/office/menu.py" line="+35"/>
        <source>&amp;Users…</source>
        <translation>उपयोगकर्ता…(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can unlock this vault, and their roles.</source>
        <translation>कौन यह वॉल्ट अनलॉक कर सकता है, और उनकी भूमिकाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>ऑडिट लॉग…(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who did what and when, by user, case, action and day.</source>
        <translation>किसने क्या और कब किया, उपयोगकर्ता, केस, कार्रवाई और दिन के अनुसार।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retention and erasure…</source>
        <translation>रखाव और मिटाना…(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long closed cases are kept; approve the erasure of those due.</source>
        <translation>बंद केस कितने समय तक रखे जाते हैं; जिनका समय हो गया है, उन्हें मिटाने की स्वीकृति दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge conflicts…</source>
        <translation>मिलान के टकराव…(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields of received cases changed both here and at another office: choose which to keep.</source>
        <translation>प्राप्त केसों के वे फ़ील्ड जो यहाँ और किसी दूसरे कार्यालय में बदले गए: चुनें कि क्या रखना है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ssign case…</source>
        <translation>केस सौंपें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign the open or selected case to a caseworker or an interpreter.</source>
        <translation>खुला या चुना गया केस किसी केसवर्कर या दुभाषिए को सौंपें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-&amp;key the vault…</source>
        <translation>वॉल्ट की कुंजी बदलें…(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the vault under a new key (after removing a user); prints a new recovery key.</source>
        <translation>वॉल्ट को नई कुंजी से एन्क्रिप्ट करें (किसी उपयोगकर्ता को हटाने के बाद); नई रिकवरी कुंजी प्रिंट होती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatistics…</source>
        <translation>आँकड़े…(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts of cases by month, place, reason, status and need; no names, small counts hidden.</source>
        <translation>महीने, स्थान, कारण, स्थिति और ज़रूरत के अनुसार केसों की गिनती; कोई नाम नहीं, छोटी गिनतियाँ छिपी हुई।</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{number} was erased and is closed.</source>
        <translation>{number} मिटा दिया गया है और बंद है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} was changed by resolving conflicts; open it again to see the changes before saving it.</source>
        <translation>टकराव सुलझाने से {number} बदल गया है; सहेजने से पहले बदलाव देखने के लिए इसे फिर से खोलें।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a saved case, or select one case in the list, to assign it.</source>
        <translation>सौंपने के लिए कोई सहेजा हुआ केस खोलें, या सूची में एक केस चुनें।</translation>
    </message>
</context>
<context>
    <name>OfficeCommon</name>
    <message>
        <location filename="../../asylum_desk/ui/office/common.py" line="+165"/>
        <source>Working</source>
        <translation>काम चल रहा है</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/office/office_dialog.py" line="+32"/>
        <source>&amp;Users</source>
        <translation>उपयोगकर्ता(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>ऑडिट लॉग(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retention and erasure</source>
        <translation>रखाव और मिटाना(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge conflicts</source>
        <translation>मिलान के टकराव(&amp;M)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Office — {office}</source>
        <translation>कार्यालय — {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="-181"/>
        <source>Your office</source>
        <translation>आपका कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These appear on case numbers and on the documents you print.</source>
        <translation>ये केस संख्याओं पर और आपके प्रिंट किए दस्तावेज़ों पर दिखते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Champhai field office</source>
        <translation>उदा. चम्फाई फ़ील्ड कार्यालय</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. CPH</source>
        <translation>उदा. CPH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>2 से 8 बड़े अक्षर या अंक इस्तेमाल करें, शुरुआत किसी अक्षर से हो।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office name:</source>
        <translation>कार्यालय का नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office code:</source>
        <translation>कार्यालय कोड:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case numbers will look like {example}.</source>
        <translation>केस संख्याएँ {example} जैसी दिखेंगी।</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/packet_dialog.py" line="+56"/>
        <source>Packet for {number}</source>
        <translation>{number} का पैकेट</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packet status</source>
        <translation>पैकेट की स्थिति</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No packet can be made: {reason}</source>
        <translation>कोई पैकेट नहीं बन सकता: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter in</source>
        <translation>पत्र की भाषा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the recipient&apos;s wording: cover letter, confidentiality notice, declaration and certificates. The data sheets stay in English.</source>
        <translation>प्राप्तकर्ता के लिए लिखे शब्दों की भाषा: कवर पत्र, गोपनीयता सूचना, घोषणा और प्रमाणपत्र। डेटा शीट अंग्रेज़ी में ही रहती हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declaration also in</source>
        <translation>घोषणा इस भाषा में भी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The declaration is in English and in the applicant&apos;s own language, so that they read what they sign. The recipient&apos;s letters are in the recipient&apos;s language.</source>
        <translation>घोषणा अंग्रेज़ी में और आवेदक की अपनी भाषा में होती है, ताकि वे जिस पर हस्ताक्षर करें उसे पढ़ सकें। प्राप्तकर्ता के पत्र प्राप्तकर्ता की भाषा में होते हैं।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to include</source>
        <translation>शामिल किए जाने वाले दस्तावेज़</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{document}  (always included)</source>
        <translation>{document}  (हमेशा शामिल)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>What this recipient will receive</source>
        <translation>इस प्राप्तकर्ता को क्या मिलेगा</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Recipient</source>
        <translation>प्राप्तकर्ता(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter in</source>
        <translation>पत्र की भाषा(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration also in</source>
        <translation>घोषणा इस भाषा में भी(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Make packet</source>
        <translation>पैकेट बनाएँ(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>English</source>
        <translation>English (अंग्रेज़ी)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>हिन्दी (Hindi)</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Packet preview</source>
        <translation>पैकेट का पूर्वावलोकन</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom</source>
        <translation>ज़ूम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>पन्ने की चौड़ाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>पूरा पन्ना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>वास्तविक आकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>वापस(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>सहेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें…(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Making the packet…</source>
        <translation>पैकेट बनाया जा रहा है…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No packet was made: {reason}</source>
        <translation>कोई पैकेट नहीं बना: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pages} pages for {recipient}. Not saved or printed yet.</source>
        <translation>{recipient} के लिए {pages} पन्ने। अभी सहेजे या प्रिंट नहीं किए गए।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing: {missing}</source>
        <translation>अभी भी कमी है: {missing}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not printed: {reason}</source>
        <translation>प्रिंट नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} पन्ने प्रिंटर को भेजे गए।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: {reason}</source>
        <translation>सहेजा नहीं गया: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file} with a password (SHA-256 {digest}…).</source>
        <translation>{file} पासवर्ड के साथ सहेजी गई (SHA-256 {digest}…)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {file} WITHOUT a password (SHA-256 {digest}…).</source>
        <translation>{file} बिना पासवर्ड के सहेजी गई (SHA-256 {digest}…)।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save packet</source>
        <translation>पैकेट सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The applicant&apos;s real name and identity details are disclosed.</source>
        <translation>आवेदक का असली नाम और पहचान का विवरण बताया जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The applicant&apos;s name is disclosed; other identity details are withheld.</source>
        <translation>आवेदक का नाम बताया जाता है; पहचान के अन्य विवरण रोके जाते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The applicant appears only under a pseudonym; the real name is left out.</source>
        <translation>आवेदक केवल छद्म नाम से दिखते हैं; असली नाम छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Family members&apos; names and places are disclosed.</source>
        <translation>परिवार के सदस्यों के नाम और स्थान बताए जाते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family left behind appear only by relationship, situation and month of last contact.</source>
        <translation>पीछे छूटे परिवार के सदस्य केवल रिश्ते, स्थिति और अंतिम संपर्क के महीने से दिखते हैं।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out of this packet ({count}):</source>
        <translation>इस पैकेट से छोड़ा गया ({count}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing recorded in the case is left out.</source>
        <translation>केस में दर्ज कुछ भी छोड़ा नहीं गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything else recorded in the case is included.</source>
        <translation>केस में दर्ज बाकी सब कुछ शामिल है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure asks for what this case lacks:</source>
        <translation>प्रक्रिया वह माँगती है जो इस केस में नहीं है:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can still make the packet.</source>
        <translation>आप फिर भी पैकेट बना सकते हैं।</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/fields.py" line="+73"/>
        <source>Partial dates are fine: {hint}</source>
        <translation>अधूरी तारीख़ें भी ठीक हैं: {hint}</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="-258"/>
        <source>Very weak</source>
        <translation>बहुत कमज़ोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is one of the most common passwords; please choose something else.</source>
        <translation>यह सबसे आम पासवर्डों में से एक है; कृपया कुछ और चुनें।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use at least {count} characters. A few unrelated words are easiest to remember.</source>
        <translation>कम से कम {count} अक्षर इस्तेमाल करें। कुछ असंबंधित शब्द याद रखने में सबसे आसान होते हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out your own name and the office&apos;s name or code: they are guessed first.</source>
        <translation>अपना नाम और कार्यालय का नाम या कोड न रखें: इनका अनुमान सबसे पहले लगाया जाता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoid repeated characters and sequences like “abc” or “123”.</source>
        <translation>दोहराए अक्षरों और “abc” या “123” जैसे क्रमों से बचें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add another unrelated word or two: length helps most.</source>
        <translation>एक-दो और असंबंधित शब्द जोड़ें: लंबाई सबसे ज़्यादा मदद करती है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One more word would make it strong.</source>
        <translation>एक और शब्द इसे मज़बूत बना देगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure you can remember it without writing it down.</source>
        <translation>पक्का करें कि आप इसे बिना लिखे याद रख सकें।</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../asylum_desk/ui/pdf_printing.py" line="+41"/>
        <source>The packet could not be read back for display.</source>
        <translation>पैकेट दिखाने के लिए वापस पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The printer could not be started; check that it is connected.</source>
        <translation>प्रिंटर शुरू नहीं हो सका; जाँचें कि वह जुड़ा हुआ है।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {number} of the packet could not be drawn.</source>
        <translation>पैकेट का पन्ना {number} बनाया नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/person_form.py" line="+46"/>
        <source>Dependent as&amp;ked not to be named</source>
        <translation>आश्रित ने नाम न बताने को कहा(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applicant as&amp;ked not to be named</source>
        <translation>आवेदक ने नाम न बताने को कहा(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Applicant K</source>
        <translation>उदा. आवेदक K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pseudonym</source>
        <translation>छद्म नाम(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used instead of the name everywhere outside this case.</source>
        <translation>इस केस के बाहर हर जगह नाम की जगह इस्तेमाल होता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymity</source>
        <translation>गुमनामी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. husband, daughter, grandson</source>
        <translation>उदा. पति, बेटी, पोता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship to applicant</source>
        <translation>आवेदक से रिश्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aung Ko Ko</source>
        <translation>उदा. Aung Ko Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names</source>
        <translation>नाम(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Famil&amp;y name</source>
        <translation>पारिवारिक नाम(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty if there is none: many Burmese names have none.</source>
        <translation>अगर न हो तो ख़ाली छोड़ें: कई बर्मी नामों में पारिवारिक नाम नहीं होता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in Burmese script, e.g. အောင်ကိုကို</source>
        <translation>बर्मी लिपि में, उदा. အောင်ကိုကို</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Burmese script</source>
        <translation>बर्मी लिपि में नाम(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Al&amp;iases, spellings</source>
        <translation>अन्य नाम, वर्तनियाँ(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line: other transliterations, nicknames, the name on documents.</source>
        <translation>हर पंक्ति में एक: अन्य लिप्यंतरण, उपनाम, दस्तावेज़ों पर लिखा नाम।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— not recorded —</source>
        <translation>— दर्ज नहीं —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>लिंग(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of birth</source>
        <translation>जन्म तिथि(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>e.g. MMR</source>
        <translation>उदा. MMR</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Nationality</source>
        <translation>राष्ट्रीयता(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Chin (Zo)</source>
        <translation>उदा. चिन (ज़ो)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;thnicity</source>
        <translation>जातीयता(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Religion</source>
        <translation>धर्म(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language codes, e.g. my, en, ctd</source>
        <translation>भाषा कोड, उदा. my, en, ctd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages</source>
        <translation>भाषाएँ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Police constable, teacher, farmer</source>
        <translation>उदा. पुलिस कांस्टेबल, शिक्षक, किसान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occupation</source>
        <translation>व्यवसाय(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. via caseworker only</source>
        <translation>उदा. केवल केसवर्कर के ज़रिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact in &amp;host country</source>
        <translation>मेज़बान देश में संपर्क(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>पृष्ठभूमि</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Myanmar Police Force</source>
        <translation>उदा. म्यांमार पुलिस बल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>बल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>सेवा संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police or armed forces</source>
        <translation>पुलिस या सशस्त्र बल</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Served in police or armed forces</source>
        <translation>पुलिस या सशस्त्र बलों में सेवा की</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sagaing Region</source>
        <translation>उदा. सगाइंग क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region or state</source>
        <translation>क्षेत्र या राज्य</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>टाउनशिप</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village or ward</source>
        <translation>गाँव या वार्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>मूल स्थान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place of origin recorded</source>
        <translation>मूल स्थान दर्ज है</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/preferences_dialog.py" line="+68"/>
        <source>Interface lan&amp;guage</source>
        <translation>इंटरफ़ेस की भाषा(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>नई भाषा अगली बार शुरू करने पर लागू होती है।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
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
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <location line="-131"/>
        <source>QR code of this office&apos;s identity</source>
        <translation>इस कार्यालय की पहचान का QR कोड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another office can scan this with a phone to get the identity line.</source>
        <translation>दूसरा कार्यालय पहचान पंक्ति पाने के लिए इसे फ़ोन से स्कैन कर सकता है।</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/receive_dialog.py" line="+51"/>
        <location line="+20"/>
        <source>Receive a case bundle</source>
        <translation>केस बंडल प्राप्त करें</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Case bundles (*{suffix});;All files (*)</source>
        <translation>केस बंडल (*{suffix});;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundle: {file}</source>
        <translation>बंडल: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving result</source>
        <translation>प्राप्त करने का परिणाम</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An office that is not in your address book</source>
        <translation>ऐसा कार्यालय जो आपकी पता-पुस्तिका में नहीं है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending office</source>
        <translation>भेजने वाला कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s fingerprint</source>
        <translation>भेजने वाले का फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone that office (at a number you already know, not one from the message) and ask them to read out their fingerprint. Type it here. The bundle is opened, and the office added to your address book, only if the two are the same.</source>
        <translation>उस कार्यालय को फ़ोन करें (उस नंबर पर जो आप पहले से जानते हैं, संदेश में दिए नंबर पर नहीं) और उनसे उनका फ़िंगरप्रिंट पढ़कर सुनाने को कहें। उसे यहाँ टाइप करें। बंडल तभी खोला जाएगा, और कार्यालय आपकी पता-पुस्तिका में तभी जुड़ेगा, जब दोनों एक जैसे हों।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint read out by phone</source>
        <translation>फ़ोन पर पढ़कर सुनाया गया फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept this office and receive</source>
        <translation>इस कार्यालय को स्वीकार करें और प्राप्त करें(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its fingerprint</source>
        <translation>इसका फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint read out by &amp;phone</source>
        <translation>फ़ोन पर सुनाया गया फ़िंगरप्रिंट(&amp;P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening the bundle…</source>
        <translation>बंडल खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving the bundle</source>
        <translation>बंडल प्राप्त हो रहा है</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the fingerprint the office read out to you by phone.</source>
        <translation>कार्यालय ने फ़ोन पर जो फ़िंगरप्रिंट सुनाया, उसे टाइप करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fingerprint you typed is not this bundle&apos;s sender&apos;s: do not open it. Nothing was changed.</source>
        <translation>आपने जो फ़िंगरप्रिंट टाइप किया, वह इस बंडल के भेजने वाले का नहीं है: इसे न खोलें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>रद्द किया गया; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not received: {reason}</source>
        <translation>प्राप्त नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a supervisor or an administrator may accept a new office. Ask one to add it (File › Offices and identity…), then receive the bundle again.</source>
        <translation>केवल पर्यवेक्षक या प्रशासक ही नया कार्यालय स्वीकार कर सकते हैं। उनमें से किसी से इसे जोड़ने को कहें (फ़ाइल › कार्यालय और पहचान…), फिर बंडल दोबारा प्राप्त करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle comes from office {office}, which is not in your address book. Nothing was changed yet.</source>
        <translation>बंडल कार्यालय {office} से आया है, जो आपकी पता-पुस्तिका में नहीं है। अभी कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Received from office {office}.</source>
        <translation>कार्यालय {office} से प्राप्त।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: 1 case ({numbers}).</source>
        <translation>नया: 1 केस ({numbers})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: {count} cases ({numbers}).</source>
        <translation>नए: {count} केस ({numbers})।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merged into cases you had: 1 case ({numbers}).</source>
        <translation>आपके पास पहले से मौजूद केसों में मिलाया गया: 1 केस ({numbers})।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into cases you had: {count} cases ({numbers}).</source>
        <translation>आपके पास पहले से मौजूद केसों में मिलाया गया: {count} केस ({numbers})।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new: every case in it was already here as it is.</source>
        <translation>कुछ नया नहीं: इसमें हर केस पहले से यहाँ इसी रूप में था।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 field needs a supervisor: Office › Merge conflicts.</source>
        <translation>1 फ़ील्ड के लिए पर्यवेक्षक चाहिए: कार्यालय › मिलान के टकराव।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} fields need a supervisor: Office › Merge conflicts.</source>
        <translation>{count} फ़ील्ड के लिए पर्यवेक्षक चाहिए: कार्यालय › मिलान के टकराव।</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/recovery_dialog.py" line="+71"/>
        <source>Reset your passphrase</source>
        <translation>अपना पासफ़्रेज़ फिर से सेट करें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key that was printed or written down when this vault was created. Then choose a new passphrase for your user.</source>
        <translation>वह रिकवरी कुंजी टाइप करें जो यह वॉल्ट बनाते समय प्रिंट की गई या लिखी गई थी। फिर अपने उपयोगकर्ता के लिए नया पासफ़्रेज़ चुनें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>रिकवरी कुंजी:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase:</source>
        <translation>नया पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset passphrase and unlock</source>
        <translation>पासफ़्रेज़ फिर से सेट करें और अनलॉक करें</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Capital or small letters, spaces and dashes do not matter.</source>
        <translation>बड़े या छोटे अक्षर, स्पेस और डैश से फ़र्क नहीं पड़ता।</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening the vault with the recovery key…</source>
        <translation>रिकवरी कुंजी से वॉल्ट खोला जा रहा है…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="+152"/>
        <source>Your recovery key</source>
        <translation>आपकी रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If every passphrase is forgotten, this key is the only way back into the vault. It is shown only now.</source>
        <translation>अगर हर पासफ़्रेज़ भूल जाए, तो वॉल्ट में वापस जाने का यही एकमात्र तरीका है। यह केवल अभी दिखाई जाती है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written down or printed the recovery key and will keep it locked away</source>
        <translation>मैंने रिकवरी कुंजी लिख ली है या प्रिंट कर ली है और इसे ताले में रखूँगा/रखूँगी</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>13 groups of 5 characters, five groups to a line. Keep it apart from this computer: anyone with both can open every case.</source>
        <translation>5 अक्षरों के 13 समूह, एक पंक्ति में पाँच समूह। इसे इस कंप्यूटर से अलग रखें: जिसके पास दोनों हों, वह हर केस खोल सकता है।</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location line="+138"/>
        <source>Asylum Desk: recovery key</source>
        <translation>Asylum Desk: रिकवरी कुंजी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office}, vault created on {day}.</source>
        <translation>कार्यालय {office}, वॉल्ट {day} को बनाया गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If every passphrase is forgotten, open Asylum Desk, choose &lt;b&gt;Forgot passphrase?&lt;/b&gt; and type this key. Capital or small letters, spaces and dashes do not matter; a typo is caught and its group named.</source>
        <translation>अगर हर पासफ़्रेज़ भूल जाए, तो Asylum Desk खोलें, &lt;b&gt;पासफ़्रेज़ भूल गए?&lt;/b&gt; चुनें और यह कुंजी टाइप करें। बड़े या छोटे अक्षर, स्पेस और डैश से फ़र्क नहीं पड़ता; टाइप की गलती पकड़ी जाती है और उसका समूह बताया जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Keep this sheet locked away, never with the laptop.&lt;/b&gt; Anyone who has both can open every case. Do not photograph it or keep a copy on a computer or phone.</source>
        <translation>&lt;b&gt;यह पन्ना ताले में रखें, लैपटॉप के साथ कभी नहीं।&lt;/b&gt; जिसके पास दोनों हों, वह हर केस खोल सकता है। इसकी फ़ोटो न लें और इसकी प्रति किसी कंप्यूटर या फ़ोन पर न रखें।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the recovery key</source>
        <translation>रिकवरी कुंजी प्रिंट करें</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/retention_page.py" line="+47"/>
        <source>case {number}</source>
        <translation>केस {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cases ({numbers} and {more} more)</source>
        <translation>{count} केस ({numbers} और {more} अन्य)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} cases ({numbers})</source>
        <translation>{count} केस ({numbers})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase cases for good?</source>
        <translation>केस हमेशा के लिए मिटाएँ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Erase case {number} for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;केस {number} हमेशा के लिए मिटाएँ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Erase {count} cases for good?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count} केस हमेशा के लिए मिटाएँ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This permanently removes {what} from this vault: the applicant, dependents, family left behind, statement, scans, documents, consents, notes, assignments and every user&apos;s drafts. It cannot be undone. Only an audit line with the case number remains.</source>
        <translation>इससे {what} इस वॉल्ट से स्थायी रूप से हट जाता है: आवेदक, आश्रित, पीछे छूटा परिवार, बयान, स्कैन, दस्तावेज़, सहमतियाँ, नोट, ज़िम्मेदारियाँ और हर उपयोगकर्ता के ड्राफ़्ट। इसे पूर्ववत नहीं किया जा सकता। केवल केस संख्या वाली एक ऑडिट पंक्ति बचती है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups taken before now still hold these cases: replace them after erasing. Exported files, saved packets and printed pages are outside the vault and are not touched.</source>
        <translation>अब से पहले लिए गए बैकअप में ये केस अब भी हैं: मिटाने के बाद उन्हें बदल दें। निर्यात की गई फ़ाइलें, सहेजे गए पैकेट और छपे पन्ने वॉल्ट के बाहर हैं और उन पर कोई असर नहीं होता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase for good</source>
        <translation>हमेशा के लिए मिटाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase {count} cases for good</source>
        <translation>{count} केस हमेशा के लिए मिटाएँ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Keep closed cases: no retention period</source>
        <translation>बंद केस रखें: कोई रखाव अवधि नहीं(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase closed cases</source>
        <translation>बंद केस मिटाएँ(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source> years after closing</source>
        <translation> वर्ष, बंद होने के बाद</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Retention period in years</source>
        <translation>रखाव अवधि (वर्षों में)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save period</source>
        <translation>अवधि सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A closed case becomes due for erasure that many years after the day it was closed; a supervisor then approves each erasure. Nothing is erased by itself.</source>
        <translation>बंद केस, बंद होने के दिन से इतने वर्ष बाद मिटाने योग्य हो जाता है; फिर एक पर्यवेक्षक हर बार मिटाने की स्वीकृति देता है। अपने आप कुछ नहीं मिटता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closed case becomes due for erasure that many years after the day it was closed; a supervisor then approves each erasure. Nothing is erased by itself. Only an administrator changes the period.</source>
        <translation>बंद केस, बंद होने के दिन से इतने वर्ष बाद मिटाने योग्य हो जाता है; फिर एक पर्यवेक्षक हर बार मिटाने की स्वीकृति देता है। अपने आप कुछ नहीं मिटता। केवल प्रशासक अवधि बदलते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention period</source>
        <translation>रखाव अवधि</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case number</source>
        <translation>केस संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>बंद होने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since</source>
        <translation>कब से मिटाने योग्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing</source>
        <translation>बंद करने का कारण</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Cases due for erasure</source>
        <translation>मिटाने योग्य केस</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Select &amp;all</source>
        <translation>सभी चुनें(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>E&amp;rase selected…</source>
        <translation>चुने गए मिटाएँ…(&amp;R)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&amp;Finish overwriting</source>
        <translation>ओवरराइट पूरा करें(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwrite the space of cases already erased, once the vault is closed elsewhere.</source>
        <translation>जब वॉल्ट कहीं और बंद हो जाए, तब पहले मिटाए गए केसों की जगह को ओवरराइट करें।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the cases whose erasure you approve (Ctrl+click or Shift+click for several). Erasure overwrites the space they used, which can take a while.</source>
        <translation>जिन केसों को मिटाने की आप स्वीकृति देते हैं, उन्हें चुनें (कई के लिए Ctrl+क्लिक या Shift+क्लिक)। मिटाने में उनकी इस्तेमाल की हुई जगह ओवरराइट होती है, जिसमें कुछ समय लग सकता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retention status</source>
        <translation>रखाव की स्थिति</translation>
    </message>
    <message>
        <location line="+35"/>
        <source> year after closing</source>
        <translation> वर्ष, बंद होने के बाद</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period not changed: {reason}</source>
        <translation>अवधि नहीं बदली गई: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No retention period: closed cases are kept.</source>
        <translation>कोई रखाव अवधि नहीं: बंद केस रखे जाते हैं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed cases are now due for erasure {years} years after closing.</source>
        <translation>बंद केस अब बंद होने के {years} वर्ष बाद मिटाने योग्य होते हैं।</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No case is due for erasure: no retention period is set.</source>
        <translation>कोई केस मिटाने योग्य नहीं: कोई रखाव अवधि तय नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case is due for erasure.</source>
        <translation>कोई केस मिटाने योग्य नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;rase {count} selected…</source>
        <translation>चुने गए {count} मिटाएँ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erasing {cases} and overwriting the space…</source>
        <translation>{cases} मिटाए जा रहे हैं और जगह ओवरराइट हो रही है…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overwriting the space of the erased cases…</source>
        <translation>मिटाए गए केसों की जगह ओवरराइट हो रही है…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Erased {cases}; only the audit lines remain.</source>
        <translation>{cases} मिटा दिए गए; केवल ऑडिट पंक्तियाँ बची हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erased {cases}, but the vault is open elsewhere (another window or command), so the space used is not overwritten yet: close it there, then press Finish overwriting.</source>
        <translation>{cases} मिटा दिए गए, लेकिन वॉल्ट कहीं और (किसी दूसरी विंडो या कमांड में) खुला है, इसलिए इस्तेमाल हुई जगह अभी ओवरराइट नहीं हुई: उसे वहाँ बंद करें, फिर “ओवरराइट पूरा करें” दबाएँ।</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../asylum_desk/ui/office/add_user_dialog.py" line="-121"/>
        <source>Caseworker: registers and works on their own and assigned cases</source>
        <translation>केसवर्कर: केस दर्ज करते हैं और अपने व सौंपे गए केसों पर काम करते हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter: sees only the statement of assigned cases</source>
        <translation>दुभाषिया: सौंपे गए केसों का केवल बयान देखते हैं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisor: every case, closing, assigning, erasure, audit log</source>
        <translation>पर्यवेक्षक: हर केस, बंद करना, सौंपना, मिटाना, ऑडिट लॉग</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator: all of that, plus users and the retention period</source>
        <translation>प्रशासक: यह सब, साथ में उपयोगकर्ता और रखाव अवधि</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/office/common.py" line="-128"/>
        <source>Administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>administrator</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="-37"/>
        <source>dependent</source>
        <translation>आश्रित</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="-92"/>
        <source>document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-6"/>
        <source>family member</source>
        <translation>परिवार का सदस्य</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-15"/>
        <source>event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-2"/>
        <source>note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+71"/>
        <source>order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/table_model.py" line="+280"/>
        <source>Row {number}, {column}: {problem}</source>
        <translation>पंक्ति {number}, {column}: {problem}</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>{text} is not a date</source>
        <translation>{text} तारीख़ नहीं है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not a number: type whole years, e.g. 54</source>
        <translation>{text} संख्या नहीं है: पूरे वर्ष लिखें, उदा. 54</translation>
    </message>
</context>
<context>
    <name>SavePacketDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/save_packet_dialog.py" line="+23"/>
        <source>Save packet</source>
        <translation>पैकेट सहेजें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved packet is an ordinary PDF file outside the vault. Anyone who gets the file, or the USB stick it is on, can read everything in it unless it has a password.</source>
        <translation>सहेजा गया पैकेट वॉल्ट के बाहर एक साधारण PDF फ़ाइल है। जिसे भी यह फ़ाइल, या वह USB स्टिक जिस पर यह है, मिल जाए, वह इसमें सब कुछ पढ़ सकता है, जब तक इस पर पासवर्ड न हो।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protect the file with a password (AES-256)</source>
        <translation>फ़ाइल को पासवर्ड से सुरक्षित करें (AES-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save without a password</source>
        <translation>बिना पासवर्ड के सहेजें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File password</source>
        <translation>फ़ाइल पासवर्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File password again</source>
        <translation>फ़ाइल पासवर्ड दोबारा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least {count} characters. Tell it to the recipient by another way (a phone call), never in the same e-mail as the file.</source>
        <translation>कम से कम {count} अक्षर। इसे प्राप्तकर्ता को किसी और तरीके से बताएँ (फ़ोन पर), फ़ाइल वाले ई-मेल में कभी नहीं।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save…</source>
        <translation>सहेजने की जगह चुनें…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The password needs at least {count} characters.</source>
        <translation>पासवर्ड में कम से कम {count} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords are not the same.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/applicant_section.py" line="-45"/>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/consent_section.py" line="-131"/>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/crossing_section.py" line="-27"/>
        <source>Border crossing</source>
        <translation>सीमा पार करना</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/dependents_section.py" line="-16"/>
        <source>Dependents</source>
        <translation>आश्रित</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/documents_section.py" line="-10"/>
        <source>Documents and scans</source>
        <translation>दस्तावेज़ और स्कैन</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/family_section.py" line="-14"/>
        <source>Family left behind</source>
        <translation>पीछे छूटा परिवार</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/flight_section.py" line="-48"/>
        <source>Reasons for flight</source>
        <translation>भागने के कारण</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/history_section.py" line="-20"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/notes_section.py" line="-11"/>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="-48"/>
        <source>Service record</source>
        <translation>सेवा रिकॉर्ड</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/send_dialog.py" line="+57"/>
        <source>Send cases</source>
        <translation>केस भेजें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case will go, encrypted so that only the offices you tick can open it, and signed by this office:</source>
        <translation>1 केस जाएगा, ऐसे एन्क्रिप्ट करके कि केवल आपके टिक किए कार्यालय ही इसे खोल सकें, और इस कार्यालय के हस्ताक्षर के साथ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} cases will go, encrypted so that only the offices you tick can open them, and signed by this office:</source>
        <translation>{count} केस जाएँगे, ऐसे एन्क्रिप्ट करके कि केवल आपके टिक किए कार्यालय ही इन्हें खोल सकें, और इस कार्यालय के हस्ताक्षर के साथ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases that will be sent</source>
        <translation>भेजे जाने वाले केस</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;To (tick with the space bar):</source>
        <translation>किसे (स्पेस बार से टिक करें)(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving offices</source>
        <translation>प्राप्त करने वाले कार्यालय</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No other office is in your address book yet: add one first in File › Offices and identity….</source>
        <translation>आपकी पता-पुस्तिका में अभी कोई दूसरा कार्यालय नहीं है: पहले फ़ाइल › कार्यालय और पहचान… में एक जोड़ें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending result</source>
        <translation>भेजने का परिणाम</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send…</source>
        <translation>भेजें…(&amp;S)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fingerprint {fingerprint}</source>
        <translation>फ़िंगरप्रिंट {fingerprint}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the case bundle</source>
        <translation>केस बंडल सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case bundles (*{suffix})</source>
        <translation>केस बंडल (*{suffix})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tick at least one office to send to.</source>
        <translation>भेजने के लिए कम से कम एक कार्यालय पर टिक करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the bundle…</source>
        <translation>बंडल लिखा जा रहा है…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the bundle</source>
        <translation>बंडल लिखा जा रहा है</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sent 1 case to {offices}.</source>
        <translation>1 केस {offices} को भेजा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent {count} cases to {offices}.</source>
        <translation>{count} केस {offices} को भेजे गए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {path}</source>
        <translation>फ़ाइल: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those offices can open it. If you have not compared fingerprints with them by phone yet, do so before you hand over the file.</source>
        <translation>केवल वही कार्यालय इसे खोल सकते हैं। अगर आपने अभी तक फ़ोन पर उनसे फ़िंगरप्रिंट नहीं मिलाए हैं, तो फ़ाइल देने से पहले मिला लें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>रद्द किया गया; कोई बंडल नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: {reason}</source>
        <translation>नहीं भेजा गया: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/service_section.py" line="+4"/>
        <source>Applicant ser&amp;ved in police or armed forces</source>
        <translation>आवेदक ने पुलिस या सशस्त्र बलों में सेवा की(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant served in police or armed forces</source>
        <translation>आवेदक ने पुलिस या सशस्त्र बलों में सेवा की</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Myanmar Police Force, Myanmar Army</source>
        <translation>उदा. म्यांमार पुलिस बल, म्यांमार सेना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>बल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station</source>
        <translation>तैनाती स्थान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>सेवा संख्या</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>सेवा में आए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>सेवा छोड़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Duties</source>
        <translation>कर्तव्य</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Deployments to protests</source>
        <translation>विरोध प्रदर्शनों पर तैनाती</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders received</source>
        <translation>मिले आदेश</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was refused</source>
        <translation>किस बात से इनकार किया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnesses</source>
        <translation>गवाह</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pseudonyms only — never real names.</source>
        <translation>केवल छद्म नाम — असली नाम कभी नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refusal</source>
        <translation>इनकार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusal recorded</source>
        <translation>इनकार दर्ज है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separation</source>
        <translation>सेवा से अलग होना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resignation, desertion, civil disobedience movement…</source>
        <translation>इस्तीफ़ा, सेवा छोड़कर भागना, सविनय अवज्ञा आंदोलन…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consequences</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges, warrants, visits to the family…</source>
        <translation>आरोप, वारंट, परिवार के यहाँ पूछताछ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the refusal</source>
        <translation>इनकार के बाद</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conduct statement</source>
        <translation>आचरण का बयान</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conduct</source>
        <translation>आचरण</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleagues who fled</source>
        <translation>भागे हुए सहकर्मी</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crossing helpers</source>
        <translation>सीमा पार कराने में मदद करने वाले</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who must stay unnamed</source>
        <translation>वे लोग जिनके नाम नहीं आने चाहिए</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../asylum_desk/ui/service_texts.py" line="+11"/>
        <source>{value!r} is not a case number (like CPH-2026-0042)</source>
        <translation>{value!r} केस नंबर नहीं है (जैसे CPH-2026-0042)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is not a year</source>
        <translation>{year} कोई वर्ष नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month} is not a month</source>
        <translation>{month} कोई महीना नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value!r} कोई तारीख नहीं है (YYYY, YYYY-MM या YYYY-MM-DD लिखें)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a day needs a month</source>
        <translation>दिन के साथ महीना भी चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year:04d}-{month:02d} has no day {day}</source>
        <translation>{year:04d}-{month:02d} में दिन {day} नहीं होता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date ({reason})</source>
        <translation>{value!r} कोई तारीख नहीं है ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real name (all scripts) and aliases</source>
        <translation>असली नाम (सभी लिपियों में) और उपनाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ethnicity</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit and station</source>
        <translation>इकाई और थाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service number</source>
        <translation>सेवा संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact village</source>
        <translation>सटीक गाँव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>township of origin</source>
        <translation>मूल टाउनशिप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>specific needs</source>
        <translation>विशेष ज़रूरतें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; names and locations</source>
        <translation>परिवार के सदस्यों के नाम और ठिकाने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; ages and dates of birth</source>
        <translation>परिवार के सदस्यों की उम्र और जन्म तिथियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes on family members</source>
        <translation>परिवार के सदस्यों के बारे में नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether family members can be contacted</source>
        <translation>क्या परिवार के सदस्यों से संपर्क किया जा सकता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family members&apos; last contact</source>
        <translation>परिवार के सदस्यों से आख़िरी संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route of the crossing</source>
        <translation>सीमा पार करने का रास्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who travelled with the applicant</source>
        <translation>आवेदक के साथ किसने यात्रा की</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who received the applicant after the crossing</source>
        <translation>सीमा पार करने के बाद आवेदक को किसने लिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current address</source>
        <translation>वर्तमान पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document numbers</source>
        <translation>दस्तावेज़ों के नंबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ranks of those who gave the orders</source>
        <translation>आदेश देने वालों के पद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witnesses of the refusal</source>
        <translation>इनकार के गवाह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consequences known since the flight</source>
        <translation>पलायन के बाद से पता चले नतीजे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people who helped the crossing</source>
        <translation>सीमा पार करने में मदद करने वाले लोग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanned documents and photographs</source>
        <translation>स्कैन किए गए दस्तावेज़ और तस्वीरें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; {what}</source>
        <translation>आश्रितों की {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: {recipient!r} is the country of origin&apos;s authorities; nothing is ever produced for them.</source>
        <translation>अस्वीकृत: {recipient!r} मूल देश के अधिकारी हैं; उनके लिए कभी कुछ नहीं बनाया जाता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; names</source>
        <translation>आश्रितों के नाम</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no case {case_number} in this vault.</source>
        <translation>इस वॉल्ट में कोई केस {case_number} नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} already exists in this vault.</source>
        <translation>केस {case_number} इस वॉल्ट में पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty field path</source>
        <translation>खाली फ़ील्ड पथ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case has no object there</source>
        <translation>केस में वहाँ कोई फ़ील्ड-समूह नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path!r} is not a field path</source>
        <translation>{path!r} फ़ील्ड पथ नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the case has no list there</source>
        <translation>केस में वहाँ कोई सूची नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an anonymous person needs a pseudonym</source>
        <translation>गुमनाम व्यक्ति के लिए छद्म नाम ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language!r} is not an ISO 639 language code</source>
        <translation>{language!r} ISO 639 भाषा कोड नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country!r} is not an ISO 3166 alpha-3 country code</source>
        <translation>{country!r} ISO 3166 alpha-3 देश कोड नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} is not an age</source>
        <translation>{age} कोई उम्र नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{recipient!r} has two consent records</source>
        <translation>{recipient!r} के लिए सहमति के दो रिकॉर्ड हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secure keyring is available on this computer; unlock with your passphrase.</source>
        <translation>इस कंप्यूटर पर कोई सुरक्षित कीरिंग उपलब्ध नहीं है; अपने पासफ़्रेज़ से अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring on this computer did not respond; unlock with your passphrase.</source>
        <translation>इस कंप्यूटर की कीरिंग ने जवाब नहीं दिया; अपने पासफ़्रेज़ से अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring on this computer reported a problem; unlock with your passphrase.</source>
        <translation>इस कंप्यूटर की कीरिंग ने एक समस्या बताई; अपने पासफ़्रेज़ से अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security check failed.</source>
        <translation>एक सुरक्षा जाँच विफल रही।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct.</source>
        <translation>पासफ़्रेज़ सही नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such user in this vault.</source>
        <translation>इस वॉल्ट में ऐसा कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user already exists in this vault.</source>
        <translation>यह उपयोगकर्ता इस वॉल्ट में पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last user of a vault cannot be removed. Add another user first.</source>
        <translation>वॉल्ट के अंतिम उपयोगकर्ता को हटाया नहीं जा सकता। पहले कोई दूसरा उपयोगकर्ता जोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file of this vault is damaged. Restore it from a backup.</source>
        <translation>इस वॉल्ट की कुंजी फ़ाइल खराब है। इसे बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the vault before changing who can open it.</source>
        <translation>कौन इसे खोल सकता है यह बदलने से पहले वॉल्ट अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not open this vault.</source>
        <translation>यह रिकवरी कुंजी इस वॉल्ट को नहीं खोलती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typo.</source>
        <translation>रिकवरी कुंजी में टाइपिंग की गलती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file asks for weaker passphrase protection than Asylum Desk allows.</source>
        <translation>कुंजी फ़ाइल Asylum Desk की अनुमति से कमज़ोर पासफ़्रेज़ सुरक्षा माँगती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unlock remembered on this computer is out of date; unlock with your passphrase.</source>
        <translation>इस कंप्यूटर पर याद रखा गया अनलॉक पुराना हो गया है; अपने पासफ़्रेज़ से अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typo in group {group}.</source>
        <translation>रिकवरी कुंजी के समूह {group} में टाइपिंग की गलती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct for user &apos;{user}&apos;.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; के लिए पासफ़्रेज़ सही नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user &apos;{user}&apos; in this vault.</source>
        <translation>इस वॉल्ट में कोई उपयोगकर्ता &apos;{user}&apos; नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a user &apos;{user}&apos; in this vault.</source>
        <translation>इस वॉल्ट में उपयोगकर्ता &apos;{user}&apos; पहले से है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file of this vault was changed outside Asylum Desk and cannot be trusted. Restore it from a backup.</source>
        <translation>इस वॉल्ट की कुंजी फ़ाइल Asylum Desk के बाहर बदली गई है और उस पर भरोसा नहीं किया जा सकता। इसे बैकअप से बहाल करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key file was made by a newer version of Asylum Desk. Please update the app.</source>
        <translation>यह कुंजी फ़ाइल Asylum Desk के नए संस्करण से बनी है। कृपया ऐप अपडेट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Asylum Desk office identity.</source>
        <translation>यह Asylum Desk कार्यालय की पहचान नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported office identity version {version!r}.</source>
        <translation>असमर्थित कार्यालय पहचान संस्करण {version!r}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office identity has no valid office code.</source>
        <translation>कार्यालय की पहचान में कोई मान्य कार्यालय कोड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bundle needs at least one recipient office.</source>
        <translation>बंडल के लिए कम से कम एक प्राप्तकर्ता कार्यालय चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an encrypted bundle (no age header).</source>
        <translation>यह एन्क्रिप्टेड बंडल नहीं है (age header नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office identity is damaged (a part cannot be read).</source>
        <translation>कार्यालय की पहचान क्षतिग्रस्त है (एक हिस्सा पढ़ा नहीं जा सकता)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle is damaged or was changed (decryption failed).</source>
        <translation>बंडल क्षतिग्रस्त है या बदला गया है (डिक्रिप्शन विफल)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle was not encrypted for this office (no matching key).</source>
        <translation>यह बंडल इस कार्यालय के लिए एन्क्रिप्ट नहीं किया गया था (कोई मेल खाती कुंजी नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has {characters} characters; {typed} were typed.</source>
        <translation>रिकवरी कुंजी में {characters} अक्षर होते हैं; {typed} टाइप किए गए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please type the recovery key.</source>
        <translation>कृपया रिकवरी कुंजी टाइप करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has {groups} groups; {typed} were typed.</source>
        <translation>रिकवरी कुंजी में {groups} समूह होते हैं; {typed} टाइप किए गए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group {number} of the recovery key has {typed} characters; each group has {group_len}.</source>
        <translation>रिकवरी कुंजी के समूह {number} में {typed} अक्षर हैं; हर समूह में {group_len} होते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is missing.</source>
        <translation>वॉल्ट डेटाबेस {name} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is damaged: empty or truncated.</source>
        <translation>वॉल्ट डेटाबेस {name} खराब है: खाली या अधूरा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database driver is not SQLCipher; refusing to open the vault unencrypted.</source>
        <translation>डेटाबेस ड्राइवर SQLCipher नहीं है; वॉल्ट को बिना एन्क्रिप्शन के खोलने से इनकार किया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database could not switch to its journal mode.</source>
        <translation>वॉल्ट डेटाबेस अपने जर्नल मोड में नहीं जा सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database {name} is damaged or not a vault database ({reason}).</source>
        <translation>वॉल्ट डेटाबेस {name} खराब है या वॉल्ट डेटाबेस नहीं है ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s folder is read-only (a write-protected USB stick or missing permission); Asylum Desk needs to write beside the vault. Nothing was changed.</source>
        <translation>वॉल्ट का फ़ोल्डर केवल पढ़ने योग्य है (राइट-प्रोटेक्टेड USB स्टिक या अनुमति नहीं); Asylum Desk को वॉल्ट के पास लिखना होता है। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or could not be written; nothing was saved. Free some space (or check the USB stick) and try again.</source>
        <translation>डिस्क भरी हुई है या उस पर लिखा नहीं जा सका; कुछ भी सहेजा नहीं गया। कुछ जगह ख़ाली करें (या USB स्टिक जाँचें) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is busy: another Asylum Desk program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>वॉल्ट व्यस्त है: कोई दूसरा Asylum Desk प्रोग्राम इसमें लिख रहा है। कुछ भी नहीं बदला गया; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared database cannot be used: {reason}</source>
        <translation>साझा डेटाबेस इस्तेमाल नहीं किया जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the user name or password.</source>
        <translation>डेटाबेस सर्वर ने उपयोगकर्ता नाम या पासवर्ड अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server has no such database ({reason}).</source>
        <translation>डेटाबेस सर्वर पर ऐसा कोई डेटाबेस नहीं है ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the connection from this computer, user or without encryption ({reason}).</source>
        <translation>डेटाबेस सर्वर ने इस कंप्यूटर, उपयोगकर्ता या बिना एन्क्रिप्शन के कनेक्शन को अस्वीकार कर दिया ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server refused the connection ({reason}).</source>
        <translation>डेटाबेस सर्वर ने कनेक्शन अस्वीकार कर दिया ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server cannot be reached; check the address and the network.</source>
        <translation>डेटाबेस सर्वर तक पहुँचा नहीं जा सकता; पता और नेटवर्क जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only PostgreSQL can hold a shared Asylum Desk database (postgresql://…).</source>
        <translation>केवल PostgreSQL ही साझा Asylum Desk डेटाबेस रख सकता है (postgresql://…)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not put the password in the database URL: it would be stored in plain text. Asylum Desk asks for it and can remember it in the system keyring.</source>
        <translation>डेटाबेस URL में पासवर्ड न डालें: वह सादे पाठ में सहेजा जाएगा। Asylum Desk इसे पूछता है और सिस्टम कीरिंग में याद रख सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database URL needs a user and a database name.</source>
        <translation>डेटाबेस URL में एक उपयोगकर्ता और डेटाबेस का नाम चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url!r} is not a database URL (like postgresql://user@host/asylum).</source>
        <translation>{url!r} डेटाबेस URL नहीं है (जैसे postgresql://user@host/asylum)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sslmode={mode} would send case data unencrypted over the network; use sslmode=require or verify-full.</source>
        <translation>sslmode={mode} केस डेटा को नेटवर्क पर बिना एन्क्रिप्शन के भेजेगा; sslmode=require या verify-full का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} already exists</source>
        <translation>{target} पहले से मौजूद है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of the vault database was not closed cleanly.</source>
        <translation>वॉल्ट डेटाबेस की प्रति ठीक से बंद नहीं हुई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no vault at {path}.</source>
        <translation>{path} पर कोई वॉल्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not an Asylum Desk vault (a vault is a folder).</source>
        <translation>{path} Asylum Desk वॉल्ट नहीं है (वॉल्ट एक फ़ोल्डर होता है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not an Asylum Desk vault (it has no {key_file}).</source>
        <translation>{path} Asylum Desk वॉल्ट नहीं है (इसमें {key_file} नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} पहले से मौजूद है और खाली नहीं है; नया फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>एक ऑब्जेक्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>एक सूची</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {kind}</source>
        <translation>{expected} अपेक्षित था, {kind} मिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains an unpaired UTF-16 surrogate (\ud800-\udfff)</source>
        <translation>इसमें बिना जोड़ी का UTF-16 सरोगेट (\ud800-\udfff) है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not one of {words}</source>
        <translation>{value} इनमें से कोई नहीं है: {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} {low} और {high} के बीच नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be null</source>
        <translation>null नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be empty</source>
        <translation>खाली नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text ({what})</source>
        <translation>पाठ ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not {what}</source>
        <translation>{value} {what} नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date as text (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>पाठ के रूप में तारीख (YYYY, YYYY-MM या YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date</source>
        <translation>{value} कोई तारीख नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of {words}</source>
        <translation>इनमें से एक: {words}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true या false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a whole number</source>
        <translation>{value} पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears more than once</source>
        <translation>एक से अधिक बार आता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field is missing</source>
        <translation>ज़रूरी फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field</source>
        <translation>अज्ञात फ़ील्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a JSON number</source>
        <translation>{name} JSON संख्या नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (not UTF-8 text: {reason})</source>
        <translation>JSON फ़ाइल नहीं है (UTF-8 पाठ नहीं: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (line {line}, column {column}: {reason})</source>
        <translation>JSON फ़ाइल नहीं है (पंक्ति {line}, कॉलम {column}: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file (nested too deeply)</source>
        <translation>JSON फ़ाइल नहीं है (बहुत गहराई तक नेस्टेड)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON file ({reason})</source>
        <translation>JSON फ़ाइल नहीं है ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a country code (ISO 3166 alpha-3 in capitals, like MMR)</source>
        <translation>देश कोड (ISO 3166 alpha-3 बड़े अक्षरों में, जैसे MMR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a language code (ISO 639-1 or 639-3 in lower case, like my or mni)</source>
        <translation>भाषा कोड (ISO 639-1 या 639-3 छोटे अक्षरों में, जैसे my या mni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recipient (lower-case letters, digits and _, starting with a letter, like unhcr)</source>
        <translation>प्राप्तकर्ता (छोटे अक्षर, अंक और _, किसी अक्षर से शुरू, जैसे unhcr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case number (like CPH-2026-0042)</source>
        <translation>केस नंबर (जैसे CPH-2026-0042)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file name (no folders, no control characters)</source>
        <translation>फ़ाइल का नाम (कोई फ़ोल्डर नहीं, कोई कंट्रोल कैरेक्टर नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base64 (standard alphabet)</source>
        <translation>base64 (मानक वर्णमाला)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an Asylum Desk case file (the file holds {kind})</source>
        <translation>Asylum Desk की केस फ़ाइल नहीं है (फ़ाइल में {kind} है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {found} (not an Asylum Desk case file)</source>
        <translation>{expected} अपेक्षित था, {found} मिला (Asylum Desk की केस फ़ाइल नहीं है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {expected}, got {found}</source>
        <translation>{expected} अपेक्षित था, {found} मिला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file was written by a newer version of Asylum Desk (format version {version})</source>
        <translation>यह फ़ाइल Asylum Desk के नए संस्करण से लिखी गई है (फ़ॉर्मैट संस्करण {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{version} is not a format version (expected {expected})</source>
        <translation>{version} फ़ॉर्मैट संस्करण नहीं है ({expected} अपेक्षित)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not base64 (wrong length or padding)</source>
        <translation>base64 नहीं है (गलत लंबाई या पैडिंग)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field is missing (not an Asylum Desk case file)</source>
        <translation>ज़रूरी फ़ील्ड नहीं है (Asylum Desk की केस फ़ाइल नहीं है)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is also the case number of {earlier}</source>
        <translation>{number} {earlier} का भी केस नंबर है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not base64</source>
        <translation>base64 नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name in Burmese script is missing.</source>
        <translation>बर्मी लिपि में नाम नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is missing.</source>
        <translation>बयान नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement has no translation.</source>
        <translation>बयान का कोई अनुवाद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interpreter is recorded.</source>
        <translation>कोई दुभाषिया दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent is recorded for this recipient.</source>
        <translation>इस प्राप्तकर्ता के लिए कोई सहमति दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of arrival is missing.</source>
        <translation>पहुँचने की तारीख नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The home address in the country of origin is missing.</source>
        <translation>मूल देश में घर का पता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current address in the host country is missing.</source>
        <translation>मेज़बान देश में वर्तमान पता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No country-of-origin information is cited.</source>
        <translation>मूल देश की कोई जानकारी उद्धृत नहीं की गई है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover letter</source>
        <translation>कवर लेटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application data sheet</source>
        <translation>आवेदन डेटा शीट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons for flight</source>
        <translation>पलायन के कारणों का बयान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service and refusal annex</source>
        <translation>सेवा और इनकार का परिशिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family and dependents annex</source>
        <translation>परिवार और आश्रितों का परिशिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border crossing and current situation</source>
        <translation>सीमा पार करना और वर्तमान स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex of supporting documents</source>
        <translation>सहायक दस्तावेज़ों का परिशिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex of country-of-origin information</source>
        <translation>मूल देश की जानकारी का परिशिष्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration by the applicant</source>
        <translation>आवेदक की घोषणा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter&apos;s certificate</source>
        <translation>दुभाषिए का प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker&apos;s certificate</source>
        <translation>केसवर्कर का प्रमाणपत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent record</source>
        <translation>सहमति का रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A packet has no document called {names}.</source>
        <translation>पैकेट में {names} नाम का कोई दस्तावेज़ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no declaration wording in {language!r} ({known}).</source>
        <translation>{language!r} में घोषणा का पाठ नहीं है ({known})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet font {file} could not be loaded from {path}.</source>
        <translation>पैकेट का फ़ॉन्ट {file} को {path} से लोड नहीं किया जा सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no applicant wording in {language!r}.</source>
        <translation>{language!r} में आवेदक के लिए पाठ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet holds a block the renderer does not know: {block!r}.</source>
        <translation>पैकेट में एक ऐसा हिस्सा है जिसे PDF बनाने वाला नहीं जानता: {block!r}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet has no documents to print.</source>
        <translation>पैकेट में प्रिंट करने के लिए कोई दस्तावेज़ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document has nothing to print.</source>
        <translation>दस्तावेज़ में प्रिंट करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} cannot be read: nested too deeply.</source>
        <translation>टेम्पलेट {file} पढ़ा नहीं जा सकता: बहुत गहराई तक नेस्टेड है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} cannot be read: {reason}</source>
        <translation>टेम्पलेट {file} पढ़ा नहीं जा सकता: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is not a JSON object.</source>
        <translation>टेम्पलेट {file} JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be a non-empty text.</source>
        <translation>टेम्पलेट {file}: {key!r} खाली नहीं, कोई पाठ होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be a non-empty list of texts.</source>
        <translation>टेम्पलेट {file}: {key!r} पाठों की खाली नहीं सूची होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} has a broken placeholder ({reason}).</source>
        <translation>टेम्पलेट {file}: {key!r} में एक टूटा हुआ प्लेसहोल्डर है ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} uses unknown placeholder {placeholder}.</source>
        <translation>टेम्पलेट {file}: {key!r} अज्ञात प्लेसहोल्डर {placeholder} का उपयोग करता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{language!r} is not a language code (such as en or hi).</source>
        <translation>{language!r} भाषा कोड नहीं है (जैसे en या hi)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown recipient {recipient!r} (known: {known}).</source>
        <translation>अज्ञात प्राप्तकर्ता {recipient!r} (ज्ञात: {known})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;language&apos; must be {language!r}.</source>
        <translation>टेम्पलेट {file}: &apos;language&apos; {language!r} होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;recipient&apos; must be {recipient!r}.</source>
        <translation>टेम्पलेट {file}: &apos;recipient&apos; {recipient!r} होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;procedure_needs&apos; must list only {needs}.</source>
        <translation>टेम्पलेट {file}: &apos;procedure_needs&apos; में केवल {needs} हो सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;wording&apos; must be an object.</source>
        <translation>टेम्पलेट {file}: &apos;wording&apos; एक ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;titles&apos; must be an object with only {keys}.</source>
        <translation>टेम्पलेट {file}: &apos;titles&apos; ऐसा ऑब्जेक्ट होना चाहिए जिसमें केवल {keys} हों।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} is missing (it is in {source}).</source>
        <translation>टेम्पलेट {file}: {key!r} नहीं है (यह {source} में है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} is not in {source}.</source>
        <translation>टेम्पलेट {file}: {key!r} {source} में नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no applicant wording in {language!r} ({file}).</source>
        <translation>{language!r} में आवेदक के लिए पाठ नहीं है ({file})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: &apos;information_notice&apos; must be an object.</source>
        <translation>टेम्पलेट {file}: &apos;information_notice&apos; एक ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is not a file.</source>
        <translation>टेम्पलेट {file} कोई फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file} is too large (templates are at most {size} KB).</source>
        <translation>टेम्पलेट {file} बहुत बड़ा है (टेम्पलेट अधिकतम {size} KB के होते हैं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key}[{index}] must be a non-empty text.</source>
        <translation>टेम्पलेट {file}: {key}[{index}] खाली नहीं, कोई पाठ होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} may use only plain placeholders like {placeholder}.</source>
        <translation>टेम्पलेट {file}: {key!r} केवल {placeholder} जैसे साधारण प्लेसहोल्डर इस्तेमाल कर सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must be as in {source}.</source>
        <translation>टेम्पलेट {file}: {key!r} वैसा ही होना चाहिए जैसा {source} में है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must have the placeholders of {source}.</source>
        <translation>टेम्पलेट {file}: {key!r} में {source} वाले प्लेसहोल्डर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must have {count} paragraphs, as in {source}.</source>
        <translation>टेम्पलेट {file}: {key!r} में {source} की तरह {count} अनुच्छेद होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {file}: {key!r} must use the placeholders of {source} ({wanted}).</source>
        <translation>टेम्पलेट {file}: {key!r} को {source} वाले प्लेसहोल्डर इस्तेमाल करने चाहिए ({wanted})।</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>admin</source>
        <translation>प्रशासक</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>day of last contact with family (month kept)</source>
        <translation>परिवार से आख़िरी संपर्क का दिन (महीना रखा गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependents&apos; exact date of birth (year kept)</source>
        <translation>आश्रितों की सटीक जन्म तिथि (वर्ष रखा गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant&apos;s exact date of birth (year kept)</source>
        <translation>आवेदक की सटीक जन्म तिथि (वर्ष रखा गया)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>पर्यवेक्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>add or remove users or change their roles</source>
        <translation>उपयोगकर्ता जोड़ना, हटाना या उनकी भूमिका बदलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the retention period</source>
        <translation>रखने की अवधि बदलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-key the vault</source>
        <translation>वॉल्ट की कुंजी बदलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>ऑडिट लॉग पढ़ना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see every case</source>
        <translation>हर केस देखना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign cases to users</source>
        <translation>उपयोगकर्ताओं को केस सौंपना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand a case to another caseworker</source>
        <translation>केस किसी दूसरे केसवर्कर को सौंपना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close or reopen cases</source>
        <translation>केस बंद करना या फिर से खोलना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the cases due for erasure</source>
        <translation>मिटाए जाने वाले केसों की सूची देखना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erase cases</source>
        <translation>केस मिटाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create or import cases</source>
        <translation>केस बनाना या आयात करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export a case</source>
        <translation>एक केस निर्यात करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export more than one case at a time</source>
        <translation>एक साथ एक से ज़्यादा केस निर्यात करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see or resolve the conflicts of received cases</source>
        <translation>मिले हुए केसों के टकराव देखना या सुलझाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role})</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not {action}; that needs: {roles}.</source>
        <translation>{who} को {action} की अनुमति नहीं है; इसके लिए चाहिए: {roles}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not open case {case_number}: it is neither theirs nor assigned to them.</source>
        <translation>{who} केस {case_number} नहीं खोल सकते: यह न उनका है, न उन्हें सौंपा गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; is no longer a user of this vault; lock it now.</source>
        <translation>&apos;{user}&apos; अब इस वॉल्ट के उपयोगकर्ता नहीं हैं; इसे अभी लॉक करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may see only the statement sections of case {case_number} and change only its translation.</source>
        <translation>{who} केस {case_number} के केवल बयान वाले हिस्से देख सकते हैं और केवल उसका अनुवाद बदल सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} may not open case {case_number}: it is not assigned to them.</source>
        <translation>{who} केस {case_number} नहीं खोल सकते: यह उन्हें सौंपा नहीं गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is a {role} and sees every case already; only caseworkers and interpreters are assigned cases.</source>
        <translation>{user} {role} हैं और पहले से हर केस देखते हैं; केस केवल केसवर्करों और दुभाषियों को सौंपे जाते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is already assigned to {user}.</source>
        <translation>केस {case_number} पहले से {user} को सौंपा गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is not assigned to {user}.</source>
        <translation>केस {case_number} {user} को सौंपा नहीं गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is too large ({size}); scans over {limit} are refused.</source>
        <translation>{name} बहुत बड़ी है ({size}); {limit} से बड़े स्कैन स्वीकार नहीं किए जाते।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an ordinary file.</source>
        <translation>{name} एक सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable PNG image (damaged or not an image).</source>
        <translation>{name} पढ़ने योग्य PNG छवि नहीं है (खराब है या छवि नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable JPEG image (damaged or not an image).</source>
        <translation>{name} पढ़ने योग्य JPEG छवि नहीं है (खराब है या छवि नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} declares a picture of more than {megapixels} megapixels; it is refused (too large to open safely).</source>
        <translation>{name} {megapixels} मेगापिक्सेल से बड़ी तस्वीर बताती है; इसे अस्वीकार किया गया (सुरक्षित रूप से खोलने के लिए बहुत बड़ी)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable PDF (damaged or not a PDF).</source>
        <translation>{name} पढ़ने योग्य PDF नहीं है (खराब है या PDF नहीं है)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty.</source>
        <translation>{name} खाली है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a PNG, JPEG or PDF file (judged by its content, not its name).</source>
        <translation>{name} PNG, JPEG या PDF फ़ाइल नहीं है (नाम से नहीं, सामग्री से तय किया गया)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not exist (any more).</source>
        <translation>{name} मौजूद नहीं है (अब नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a password-protected PDF; save it without a password first.</source>
        <translation>{name} पासवर्ड से सुरक्षित PDF है; पहले इसे बिना पासवर्ड के सहेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a PDF without pages.</source>
        <translation>{name} बिना पन्नों वाली PDF है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {pages} pages; PDFs over {limit} pages are refused.</source>
        <translation>{name} में {pages} पन्ने हैं; {limit} से अधिक पन्नों वाली PDF स्वीकार नहीं की जातीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is {width}×{height} pixels; pictures over {megapixels} megapixels are refused.</source>
        <translation>{name} {width}×{height} पिक्सेल की है; {megapixels} मेगापिक्सेल से बड़ी तस्वीरें स्वीकार नहीं की जातीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read between 1 and {most} audit events at a time.</source>
        <translation>एक बार में 1 से {most} ऑडिट घटनाएँ पढ़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {shown} is damaged or incomplete (its checksum does not match); nothing was changed.</source>
        <translation>बैकअप {shown} क्षतिग्रस्त या अधूरा है (उसका checksum मेल नहीं खाता); कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {shown} was changed after it was written (its authentication code does not match) and cannot be trusted; nothing was changed.</source>
        <translation>बैकअप {shown} लिखे जाने के बाद बदला गया है (उसका प्रमाणीकरण कोड मेल नहीं खाता) और उस पर भरोसा नहीं किया जा सकता; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup was written by a newer version of Asylum Desk; please update.</source>
        <translation>यह बैकअप Asylum Desk के नए संस्करण ने लिखा है; कृपया अपडेट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not correct for user &apos;{user}&apos; in this backup (a backup opens with the passphrase that was valid when it was taken).</source>
        <translation>इस बैकअप में उपयोगकर्ता &apos;{user}&apos; का पासफ़्रेज़ सही नहीं है (बैकअप उसी पासफ़्रेज़ से खुलता है जो बैकअप लेते समय मान्य था)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user &apos;{user}&apos; in this backup.</source>
        <translation>इस बैकअप में &apos;{user}&apos; नाम का कोई उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key file does not belong to this vault database.</source>
        <translation>यह कुंजी फ़ाइल इस वॉल्ट डेटाबेस की नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {out}: the folder {folder} does not exist.</source>
        <translation>{out} नहीं लिखी जा सकती: फ़ोल्डर {folder} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out} is a folder; give the backup a file name.</source>
        <translation>{out} एक फ़ोल्डर है; बैकअप को एक फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep backups outside the vault folder (on a USB stick, for example).</source>
        <translation>बैकअप वॉल्ट फ़ोल्डर के बाहर रखें (उदाहरण के लिए USB स्टिक पर)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out} exists and is not an Asylum Desk backup; choose another file name.</source>
        <translation>{out} पहले से मौजूद है और Asylum Desk बैकअप नहीं है; कोई दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {out} was written and checked, but the vault stayed busy and the backup is not in its audit trail yet; take it again when the vault is idle.</source>
        <translation>बैकअप {out} लिखा और जाँचा गया, लेकिन वॉल्ट व्यस्त रहा और यह बैकअप अभी उसके ऑडिट रिकॉर्ड में नहीं है; वॉल्ट खाली होने पर इसे फिर से लें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not this vault&apos;s database</source>
        <translation>इस वॉल्ट का डेटाबेस नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of the vault database is not whole ({detail}).</source>
        <translation>वॉल्ट डेटाबेस की प्रति पूरी नहीं है ({detail})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the backup {shown}: {reason}.</source>
        <translation>बैकअप {shown} पढ़ा नहीं जा सकता: {reason}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} is not an Asylum Desk backup file; nothing was changed.</source>
        <translation>{shown} Asylum Desk की बैकअप फ़ाइल नहीं है; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema differs</source>
        <translation>डेटाबेस की संरचना अलग है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup just written to {out} did not read back whole ({detail}); an earlier file there was left as it was.</source>
        <translation>{out} में अभी लिखा गया बैकअप दोबारा पढ़ने पर पूरा नहीं निकला ({detail}); वहाँ की पिछली फ़ाइल जैसी थी वैसी ही छोड़ दी गई।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading cases</source>
        <translation>केस पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking signature</source>
        <translation>हस्ताक्षर जाँचे जा रहे हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender, office {office_code}, is not in your address book (fingerprint {fingerprint}). Compare the fingerprint with that office by phone, then add it (asylum-desk offices add) or import again with --accept-sender {fingerprint}.</source>
        <translation>भेजने वाला कार्यालय {office_code} आपकी पता-पुस्तिका में नहीं है (फ़िंगरप्रिंट {fingerprint})। उस कार्यालय से फ़ोन पर फ़िंगरप्रिंट मिलाएँ, फिर उसे जोड़ें (asylum-desk offices add) या --accept-sender {fingerprint} के साथ फिर से आयात करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} is already in this vault; the bundle was not imported and nothing was changed (merging received cases into existing ones comes later).</source>
        <translation>केस {case_number} इस वॉल्ट में पहले से है; बंडल आयात नहीं किया गया और कुछ भी नहीं बदला गया (प्राप्त केसों को मौजूदा केसों में मिलाने की सुविधा बाद में आएगी)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is this office; it needs no entry.</source>
        <translation>कार्यालय {office_code} यही कार्यालय है; इसे जोड़ने की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint does not match this identity ({fingerprint}); nothing was added.</source>
        <translation>फ़िंगरप्रिंट इस पहचान से मेल नहीं खाता ({fingerprint}); कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one case (--case).</source>
        <translation>कम से कम एक केस बताएँ (--case)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one recipient office (--to).</source>
        <translation>कम से कम एक प्राप्तकर्ता कार्यालय बताएँ (--to)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is not in the address book; add it first (asylum-desk offices add); nothing was written.</source>
        <translation>कार्यालय {office_code} पता-पुस्तिका में नहीं है; पहले उसे जोड़ें (asylum-desk offices add); कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting</source>
        <translation>एन्क्रिप्ट किया जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>लिखा जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s contents are damaged.</source>
        <translation>बंडल की सामग्री क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle&apos;s signature is not valid (changed or forged).</source>
        <translation>बंडल का हस्ताक्षर मान्य नहीं है (बदला गया या जाली)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cases in the bundle do not match its signed manifest.</source>
        <translation>बंडल के केस उसकी हस्ताक्षरित सूची से मेल नहीं खाते।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle claims to come from this office ({office_code}); refused.</source>
        <translation>बंडल का दावा है कि वह इसी कार्यालय ({office_code}) से आया है; अस्वीकार किया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this office is not among the bundle&apos;s signed recipients.</source>
        <translation>यह कार्यालय बंडल के हस्ताक्षरित प्राप्तकर्ताओं में नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a case in the bundle has no case number.</source>
        <translation>बंडल के एक केस की कोई केस संख्या नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>आयात किया जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging</source>
        <translation>मिलाया जा रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle claims to come from office {office_code}, but its keys (fingerprint {fingerprint}) are not the ones in your address book ({known_fingerprint}).</source>
        <translation>बंडल का दावा है कि वह कार्यालय {office_code} से आया है, लेकिन उसकी कुंजियाँ (फ़िंगरप्रिंट {fingerprint}) आपकी पता-पुस्तिका वाली ({known_fingerprint}) नहीं हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender&apos;s fingerprint is {fingerprint}, not the one given; nothing was changed.</source>
        <translation>भेजने वाले का फ़िंगरप्रिंट {fingerprint} है, दिया गया फ़िंगरप्रिंट नहीं; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office {office_code} is already in the address book with other keys (fingerprint {fingerprint}); nothing was changed.</source>
        <translation>कार्यालय {office_code} पता-पुस्तिका में पहले से दूसरी कुंजियों के साथ है (फ़िंगरप्रिंट {fingerprint}); कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an Asylum Desk case bundle.</source>
        <translation>यह Asylum Desk का केस बंडल नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported bundle version {version!r}.</source>
        <translation>असमर्थित बंडल संस्करण {version!r}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required to update a case</source>
        <translation>केस अपडेट करने के लिए ज़रूरी है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing a case needs a reason</source>
        <translation>केस बंद करने के लिए कारण चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; (interpreter) may filter the case list only by status and caseworker.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; (दुभाषिया) केस सूची को केवल स्थिति और केसवर्कर से छाँट सकते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role}) may create only their own cases, not one for caseworker &apos;{caseworker}&apos;.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; ({role}) केवल अपने केस बना सकते हैं, केसवर्कर &apos;{caseworker}&apos; के लिए नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved case {case_number} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>जब आप केस {case_number} संपादित कर रहे थे, किसी और ने उसे सहेज दिया; आपके बदलाव सहेजे नहीं गए और अब भी एडिटर में हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} saved case {case_number} at {time} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>जब आप केस {case_number} संपादित कर रहे थे, {user} ने उसे {time} पर सहेज दिया; आपके बदलाव सहेजे नहीं गए और अब भी एडिटर में हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} saved case {case_number} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>जब आप केस {case_number} संपादित कर रहे थे, {user} ने उसे सहेज दिया; आपके बदलाव सहेजे नहीं गए और अब भी एडिटर में हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved case {case_number} at {time} while you were editing it; your edits were not saved and are still in the editor.</source>
        <translation>जब आप केस {case_number} संपादित कर रहे थे, किसी और ने उसे {time} पर सहेज दिया; आपके बदलाव सहेजे नहीं गए और अब भी एडिटर में हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not there)</source>
        <translation>(मौजूद नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{server}:{port}</source>
        <translation>{server}:{port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was set up by a newer version of Asylum Desk; please update.</source>
        <translation>यह डेटाबेस Asylum Desk के नए संस्करण से सेट अप किया गया है; कृपया अपडेट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth {date}</source>
        <translation>जन्म तिथि एक ही {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault is locked</source>
        <translation>वॉल्ट लॉक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth years differ ({year})</source>
        <translation>जन्म वर्ष अलग है ({year})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth year {year}</source>
        <translation>जन्म वर्ष एक ही {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth month {year}-{month:02d}</source>
        <translation>जन्म माह एक ही {year}-{month:02d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names {score:.0f}%</source>
        <translation>नाम {score:.0f}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burmese names {score:.0f}%</source>
        <translation>बर्मी नाम {score:.0f}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different sex</source>
        <translation>लिंग अलग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same township {township}</source>
        <translation>टाउनशिप एक ही {township}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different township ({township})</source>
        <translation>टाउनशिप अलग ({township})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessed on</source>
        <translation>देखने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>अन्य नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymity</source>
        <translation>गुमनामी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>संलग्न फ़ाइलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>केस संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseworker</source>
        <translation>केसवर्कर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed reason</source>
        <translation>बंद करने का कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COI reference</source>
        <translation>COI संदर्भ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues who fled</source>
        <translation>भागे हुए सहकर्मी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conduct statement</source>
        <translation>आचरण संबंधी बयान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>सहमतियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consequences</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>विषय-वस्तु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>स्कैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content sha256</source>
        <translation>सामग्री sha256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing</source>
        <translation>सीमा पार करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing helpers</source>
        <translation>सीमा पार कराने वाले सहायक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing point</source>
        <translation>सीमा पार करने की जगह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current location</source>
        <translation>वर्तमान स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>जन्म तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependents</source>
        <translation>आश्रित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclose family</source>
        <translation>परिवार की जानकारी बताना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclose identity</source>
        <translation>पहचान बताना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duties</source>
        <translation>कर्तव्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <translation>सटीक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excerpt</source>
        <translation>अंश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family left behind</source>
        <translation>पीछे छूटा परिवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>पारिवारिक नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fears on return</source>
        <translation>वापसी पर डर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>फ़ाइल का नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>पलायन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force</source>
        <translation>बल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>देने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granularity</source>
        <translation>बारीकी का स्तर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>पास में है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>कैसे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>दुभाषिया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing rank</source>
        <translation>आदेश देने वाले का पद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>शामिल होने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>अंतिम संपर्क</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>छोड़ने की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type</source>
        <translation>मीडिया प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in original script</source>
        <translation>मूल लिपि में नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>प्राप्त करने वाला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinpoint</source>
        <translation>सटीक अंश</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of origin</source>
        <translation>मूल स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protest deployments</source>
        <translation>विरोध प्रदर्शनों पर तैनाती</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>छद्म नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>प्रकाशक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>किसने प्राप्त किया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal</source>
        <translation>इनकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered on</source>
        <translation>पंजीकरण की तिथि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religion</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>अनुरोध किया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>रास्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe to contact</source>
        <translation>संपर्क करना सुरक्षित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separation</source>
        <translation>सेवा से अलगाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service number</source>
        <translation>सेवा संख्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service record</source>
        <translation>सेवा रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>बयान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>तैनाती स्थान</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>किस बात का समर्थन करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>टाउनशिप</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travelled with</source>
        <translation>साथ यात्रा करने वाले</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>गाँव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerabilities</source>
        <translation>असुरक्षाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>गवाह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on</source>
        <translation>लिखने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {number}</source>
        <translation>मद {number}</translation>
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
        <translation>इस साझा डेटाबेस में कोई कुंजी स्लॉट नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose ours or theirs, not {choice!r}; nothing was changed.</source>
        <translation>हमारा या उनका चुनें, {choice!r} नहीं; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no open conflict {conflict_id}; nothing was changed.</source>
        <translation>कोई खुला टकराव {conflict_id} नहीं है; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} changed since conflict {conflict_id} was recorded ({field} is no longer what it was); nothing was changed. Keep ours, or edit the case by hand.</source>
        <translation>टकराव {conflict_id} दर्ज होने के बाद केस {case_number} बदल गया ({field} अब पहले जैसा नहीं है); कुछ भी नहीं बदला गया। हमारा रखें, या केस को हाथ से संपादित करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose ours or theirs for at least one conflict.</source>
        <translation>कम से कम एक टकराव के लिए हमारा या उनका चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} (the merged case would break this rule)</source>
        <translation>{problem} (मिलाया गया केस इस नियम को तोड़ेगा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items}; {item}</source>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{items} | {item}</source>
        <translation>{items} | {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict {conflict_id} is not one of case {case_number}; nothing was changed.</source>
        <translation>टकराव {conflict_id} केस {case_number} का नहीं है; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save to {path}: the folder {folder} does not exist.</source>
        <translation>{path} में सहेजा नहीं जा सकता: फ़ोल्डर {folder} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This applies to a vault file; on a shared database it is the server&apos;s job (see docs/deployment.md).</source>
        <translation>यह वॉल्ट फ़ाइल पर लागू होता है; साझा डेटाबेस पर यह सर्वर का काम है (docs/deployment.md देखें)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; ({role}) may not do this; it needs: {allowed}.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; ({role}) यह नहीं कर सकते; इसके लिए चाहिए: {allowed}।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>केवल अंग्रेज़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burmese</source>
        <translation>बर्मी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file password needs at least {count} characters.</source>
        <translation>फ़ाइल पासवर्ड में कम से कम {count} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has an applicant and {count} dependents.</source>
        <translation>केस {case_number} में आश्रित {position} नहीं है: उसमें एक आवेदक और {count} आश्रित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the dependent {other_number} of {other_case_number} are already marked as different.</source>
        <translation>{case_number} का आश्रित {number} और {other_case_number} का आश्रित {other_number} पहले से अलग-अलग व्यक्ति के रूप में चिह्नित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the dependent {number} of {case_number} and the dependent {other_number} of {other_case_number}.</source>
        <translation>{case_number} के आश्रित {number} और {other_case_number} के आश्रित {other_number} के बारे में कोई निर्णय दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dependent {number}</source>
        <translation>आश्रित {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the same person as {case_number} (dependent {number})</source>
        <translation>{case_number} (आश्रित {number}) वाला व्यक्ति नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no applicant.</source>
        <translation>केस {case_number} में कोई आवेदक नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has only an applicant.</source>
        <translation>केस {case_number} में आश्रित {position} नहीं है: उसमें केवल एक आवेदक है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {case_number} has no dependent {position}: it has an applicant and 1 dependent.</source>
        <translation>केस {case_number} में आश्रित {position} नहीं है: उसमें एक आवेदक और 1 आश्रित है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the dependent {other_number} of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} का आश्रित {number} और {other_case_number} का आश्रित {other_number} पहले से एक ही व्यक्ति के रूप में जुड़े हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the applicant of {other_case_number} are already marked as different.</source>
        <translation>{case_number} का आवेदक और {other_case_number} का आवेदक पहले से अलग-अलग व्यक्ति के रूप में चिह्नित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the dependent {other_number} of {other_case_number} are already marked as different.</source>
        <translation>{case_number} का आवेदक और {other_case_number} का आश्रित {other_number} पहले से अलग-अलग व्यक्ति के रूप में चिह्नित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the applicant of {other_case_number} are already marked as different.</source>
        <translation>{case_number} का आश्रित {number} और {other_case_number} का आवेदक पहले से अलग-अलग व्यक्ति के रूप में चिह्नित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the applicant of {case_number} and the applicant of {other_case_number}.</source>
        <translation>{case_number} के आवेदक और {other_case_number} के आवेदक के बारे में कोई निर्णय दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the applicant of {case_number} and the dependent {other_number} of {other_case_number}.</source>
        <translation>{case_number} के आवेदक और {other_case_number} के आश्रित {other_number} के बारे में कोई निर्णय दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision is recorded about the dependent {number} of {case_number} and the applicant of {other_case_number}.</source>
        <translation>{case_number} के आश्रित {number} और {other_case_number} के आवेदक के बारे में कोई निर्णय दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person as {case_number} (dependent {number})</source>
        <translation>{case_number} (आश्रित {number}) वाला ही व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not the same person as {case_number} (applicant)</source>
        <translation>{case_number} (आवेदक) वाला व्यक्ति नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person is named by their position: 0 the applicant, 1 and up a dependent (not {position!r}).</source>
        <translation>व्यक्ति को उसके क्रम से बताया जाता है: 0 आवेदक, 1 और आगे आश्रित ({position!r} नहीं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the applicant of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} का आवेदक और {other_case_number} का आवेदक पहले से एक ही व्यक्ति के रूप में जुड़े हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant of {case_number} and the dependent {other_number} of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} का आवेदक और {other_case_number} का आश्रित {other_number} पहले से एक ही व्यक्ति के रूप में जुड़े हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dependent {number} of {case_number} and the applicant of {other_case_number} are already linked as the same person.</source>
        <translation>{case_number} का आश्रित {number} और {other_case_number} का आवेदक पहले से एक ही व्यक्ति के रूप में जुड़े हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both people are in case {case_number}: only people of two different cases can be linked or told apart.</source>
        <translation>दोनों व्यक्ति केस {case_number} में हैं: केवल दो अलग-अलग केसों के लोगों को ही जोड़ा या अलग बताया जा सकता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person as {case_number} (applicant)</source>
        <translation>{case_number} (आवेदक) वाला ही व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring needs either a passphrase or the recovery key.</source>
        <translation>बैकअप वापस लाने के लिए पासफ़्रेज़ या रिकवरी कुंजी में से एक चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a file, not a vault folder; nothing was changed.</source>
        <translation>{target} एक फ़ाइल है, वॉल्ट फ़ोल्डर नहीं; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is not empty and is not a vault; restore into a new folder instead.</source>
        <translation>{target} खाली नहीं है और वॉल्ट भी नहीं है; इसके बजाय किसी नए फ़ोल्डर में बैकअप वापस लाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault is damaged ({reason}); the replaced vaults were kept.</source>
        <translation>यह वॉल्ट क्षतिग्रस्त है ({reason}); बदले गए वॉल्ट रखे गए हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot restore to {target}: the folder {folder} does not exist.</source>
        <translation>{target} में बैकअप वापस नहीं लाया जा सकता: फ़ोल्डर {folder} मौजूद नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} holds a different vault than this backup; restore into a new folder instead. Nothing was changed.</source>
        <translation>{target} में इस बैकअप से अलग वॉल्ट है; इसके बजाय किसी नए फ़ोल्डर में बैकअप वापस लाएँ। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not open this backup (it needs the recovery key that was valid when the backup was taken).</source>
        <translation>यह रिकवरी कुंजी इस बैकअप को नहीं खोलती (इसके लिए वह रिकवरी कुंजी चाहिए जो बैकअप लेते समय मान्य थी)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database in the backup {shown} is damaged ({reason}); nothing was changed.</source>
        <translation>बैकअप {shown} का डेटाबेस क्षतिग्रस्त है ({reason}); कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The retention period must be between 1 and {most} years, not {years}.</source>
        <translation>रखाव अवधि 1 से {most} वर्ष के बीच होनी चाहिए, {years} नहीं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one case to erase.</source>
        <translation>मिटाने के लिए कम से कम एक केस बताएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is open elsewhere (another window or command): close it there, then erase; nothing was erased.</source>
        <translation>वॉल्ट कहीं और खुला है (दूसरी विंडो या कमांड में): उसे वहाँ बंद करें, फिर मिटाएँ; कुछ भी नहीं मिटाया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number} is not due for erasure (only closed cases are, {years} years after closing).</source>
        <translation>केस {number} मिटाने का समय नहीं आया है (केवल बंद केस, बंद होने के {years} वर्ष बाद, मिटाए जा सकते हैं)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number} is not due for erasure: no retention period is set.</source>
        <translation>केस {number} मिटाने का समय नहीं आया है: कोई रखाव अवधि तय नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{office_code!r} is not an office code (2–8 capital letters or digits, like CPH).</source>
        <translation>{office_code!r} कार्यालय कोड नहीं है (2–8 बड़े अक्षर या अंक, जैसे CPH)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user needs a name.</source>
        <translation>पहले उपयोगकर्ता का नाम चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key slots do not belong to this database.</source>
        <translation>कुंजी स्लॉट इस डेटाबेस के नहीं हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; has a key but no record in the database.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; के पास कुंजी है पर डेटाबेस में कोई रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds Asylum Desk data; nothing was changed.</source>
        <translation>इस डेटाबेस में पहले से Asylum Desk डेटा है; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database holds no Asylum Desk data yet; set it up first (asylum-desk init --database-url …).</source>
        <translation>इस डेटाबेस में अभी Asylum Desk डेटा नहीं है; पहले इसे सेट अप करें (asylum-desk init --database-url …)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown table among {names}; choose: {choices}, all.</source>
        <translation>{names} में कोई अज्ञात तालिका है; चुनें: {choices}, all।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window ends ({end}) before it starts.</source>
        <translation>अवधि शुरू होने से पहले ({end}) ही समाप्त हो जाती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The threshold must be at least {least}.</source>
        <translation>सीमा कम से कम {least} होनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one table.</source>
        <translation>कम से कम एक तालिका चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{bound!r} is not a month (use YYYY-MM).</source>
        <translation>{bound!r} कोई महीना नहीं है (YYYY-MM लिखें)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {out}: the file must end in .csv or .xlsx.</source>
        <translation>{out} नहीं लिखी जा सकती: फ़ाइल का अंत .csv या .xlsx से होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong passphrases: waiting {seconds} s before trying.</source>
        <translation>बहुत बार गलत पासफ़्रेज़: कोशिश से पहले {seconds} सेकंड प्रतीक्षा की जा रही है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong passphrases: try again in {seconds} s.</source>
        <translation>बहुत बार गलत पासफ़्रेज़: {seconds} सेकंड बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock attempts cannot be counted here ({reason}).</source>
        <translation>असफल अनलॉक प्रयास यहाँ गिने नहीं जा सकते ({reason})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempts since the last unlock, the last on {when}.</source>
        <translation>पिछले अनलॉक के बाद से {count} असफल अनलॉक प्रयास, आखिरी {when} को।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempts since the last unlock.</source>
        <translation>पिछले अनलॉक के बाद से {count} असफल अनलॉक प्रयास।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempt since the last unlock, on {when}.</source>
        <translation>पिछले अनलॉक के बाद से {count} असफल अनलॉक प्रयास, {when} को।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{attempts} {problem}</source>
        <translation>{attempts} {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} failed unlock attempt since the last unlock.</source>
        <translation>पिछले अनलॉक के बाद से {count} असफल अनलॉक प्रयास।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault folder is read-only</source>
        <translation>वॉल्ट फ़ोल्डर केवल पढ़ने योग्य है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new user needs a name.</source>
        <translation>नए उपयोगकर्ता का नाम चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is the last administrator and cannot be given another role; make someone else an administrator first.</source>
        <translation>{user} अंतिम प्रशासक हैं और उन्हें दूसरी भूमिका नहीं दी जा सकती; पहले किसी और को प्रशासक बनाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot remove yourself ({user}) while signed in; ask another administrator.</source>
        <translation>साइन इन रहते हुए आप खुद ({user}) को नहीं हटा सकते; किसी दूसरे प्रशासक से कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot change your own role ({user}) while signed in; ask another administrator.</source>
        <translation>साइन इन रहते हुए आप अपनी भूमिका ({user}) नहीं बदल सकते; किसी दूसरे प्रशासक से कहें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is the last administrator and cannot be removed; make someone else an administrator first.</source>
        <translation>{user} अंतिम प्रशासक हैं और उन्हें हटाया नहीं जा सकता; पहले किसी और को प्रशासक बनाएँ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} is already a {role}.</source>
        <translation>{user} पहले से {role} हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This vault was written by a newer version of Asylum Desk; please update.</source>
        <translation>यह वॉल्ट Asylum Desk के नए संस्करण से लिखा गया है; कृपया अपडेट करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database opens with neither the old nor the new key.</source>
        <translation>वॉल्ट डेटाबेस न पुरानी कुंजी से खुलता है, न नई से।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database is empty: it is damaged or was truncated.</source>
        <translation>वॉल्ट डेटाबेस खाली है: यह खराब है या अधूरा रह गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &apos;{user}&apos; has a key but no record in the vault.</source>
        <translation>उपयोगकर्ता &apos;{user}&apos; के पास कुंजी है पर वॉल्ट में कोई रिकॉर्ड नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault database is damaged or was tampered with ({problem}).</source>
        <translation>वॉल्ट डेटाबेस खराब है या उससे छेड़छाड़ की गई है ({problem})।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database schema is not at the current version</source>
        <translation>डेटाबेस की संरचना मौजूदा संस्करण पर नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database page check: {problem}</source>
        <translation>डेटाबेस पेज जाँच: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit trail row {row} {reason}</source>
        <translation>ऑडिट रिकॉर्ड की पंक्ति {row} {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case {number} is in the audit trail but missing from the vault</source>
        <translation>केस {number} ऑडिट रिकॉर्ड में है लेकिन वॉल्ट में नहीं है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case {number} was changed outside Asylum Desk (it does not match its last audit entry)</source>
        <translation>केस {number} को Asylum Desk के बाहर बदला गया (यह अपनी पिछली ऑडिट प्रविष्टि से मेल नहीं खाता)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../asylum_desk/ui/setup_wizard.py" line="-131"/>
        <source>Set up Asylum Desk</source>
        <translation>Asylum Desk सेट अप करें</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a folder for the vault</source>
        <translation>वॉल्ट के लिए फ़ोल्डर चुनें</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/statement_dialog.py" line="+44"/>
        <source>Statement of {number}</source>
        <translation>{number} का बयान</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement and its context</source>
        <translation>बयान और उसका संदर्भ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The translation of the statement, in English.</source>
        <translation>बयान का अंग्रेज़ी में अनुवाद।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save translation</source>
        <translation>अनुवाद सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved: {reason}</source>
        <translation>सहेजा नहीं गया: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation saved.</source>
        <translation>अनुवाद सहेजा गया।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Statement of case {number}</source>
        <translation>केस {number} का बयान</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown language</source>
        <translation>अज्ञात भाषा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In {language}</source>
        <translation>{language} में</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No statement recorded yet.</source>
        <translation>अभी कोई बयान दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reasons for flight</source>
        <translation>भागने के कारण</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>घटनाक्रम</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fears on return</source>
        <translation>वापसी पर डर</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../asylum_desk/ui/statistics_dialog.py" line="+59"/>
        <source>Month of crossing</source>
        <translation>सीमा पार करने का महीना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District of crossing</source>
        <translation>सीमा पार करने का ज़िला</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossing point</source>
        <translation>सीमा पार करने की जगह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for flight</source>
        <translation>भागने का कारण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific needs</source>
        <translation>विशेष ज़रूरतें</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statistics</source>
        <translation>आँकड़े</translation>
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
        <translation>सीमा पार की (महीने से)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossed until (month)</source>
        <translation>सीमा पार की (महीने तक)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Hide counts below</source>
        <translation>इससे कम गिनती छिपाएँ</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Show</source>
        <translation>दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>निर्यात करें…(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics tables</source>
        <translation>आँकड़ों की तालिकाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossed from</source>
        <translation>सीमा पार की, से</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>तक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No statistics: {reason}</source>
        <translation>कोई आँकड़े नहीं: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fewer cases than the threshold</source>
        <translation>सीमा से कम केस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} cases</source>
        <translation>{count} केस</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cases} that crossed {start} – {end}</source>
        <translation>{start} – {end} के बीच सीमा पार करने वाले {cases}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>अब</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counts below {threshold} are hidden (shown as &lt;{threshold}), and never only one in a table.</source>
        <translation>{threshold} से कम गिनतियाँ छिपाई जाती हैं (&lt;{threshold} के रूप में दिखती हैं), और किसी तालिका में कभी केवल एक नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cases}. {hidden}</source>
        <translation>{cases}। {hidden}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not exported: {reason}</source>
        <translation>निर्यात नहीं हुआ: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {file} (no names, small counts hidden).</source>
        <translation>{file} में निर्यात किया गया (कोई नाम नहीं, छोटी गिनतियाँ छिपी हुई)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export statistics</source>
        <translation>आँकड़े निर्यात करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheet (*.xlsx);;CSV, one file per table (*.csv)</source>
        <translation>स्प्रेडशीट (*.xlsx);;CSV, हर तालिका के लिए एक फ़ाइल (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cases</source>
        <translation>केस</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(all cases)</source>
        <translation>(सभी केस)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{category} (fewer than {threshold}, hidden)</source>
        <translation>{category} ({threshold} से कम, छिपा हुआ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A case can count under several headings.</source>
        <translation>एक केस कई शीर्षकों के अंतर्गत गिना जा सकता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart: {table}</source>
        <translation>चार्ट: {table}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../asylum_desk/ui/passphrase_strength.py" line="+88"/>
        <source>Passphrase strength</source>
        <translation>पासफ़्रेज़ की मज़बूती</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{strength}. {hint}</source>
        <translation>{strength}। {hint}</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../asylum_desk/ui/editor/table_section.py" line="+120"/>
        <source>{noun} table</source>
        <translation>{noun} तालिका</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Add {noun}</source>
        <translation>{noun} जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>हटाएँ(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected {noun} (Ctrl+Delete)</source>
        <translation>चुना गया {noun} हटाएँ (Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move dow&amp;n</source>
        <translation>नीचे ले जाएँ(&amp;N)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Added {noun} {number}.</source>
        <translation>पंक्ति {number} जोड़ी गई: {noun}।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the {noun} to remove first.</source>
        <translation>हटाने के लिए पहले {noun} चुनें।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {noun} {number} (Undo brings it back).</source>
        <translation>पंक्ति {number} हटाई गई: {noun} (पूर्ववत करने से वापस आ जाएगी)।</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../asylum_desk/ui/transfer/common.py" line="-33"/>
        <source>Cancelled; nothing was written or changed.</source>
        <translation>रद्द किया गया; कुछ भी नहीं लिखा या बदला गया।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fingerprint</source>
        <translation>फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Working</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage}: {done} of {total}…</source>
        <translation>{stage}: {total} में से {done}…</translation>
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
        <translation>आगे बढ़ने के लिए वॉल्ट अनलॉक करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember on this device</source>
        <translation>इस डिवाइस पर याद रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep an unlock secret in this computer&apos;s secure keyring, so you need not type the passphrase here. Anyone who can use your computer account could then open the vault.</source>
        <translation>इस कंप्यूटर की सुरक्षित कीरिंग में एक अनलॉक रहस्य रखें, ताकि यहाँ पासफ़्रेज़ टाइप न करना पड़े। तब जो भी आपका कंप्यूटर खाता इस्तेमाल कर सके, वह वॉल्ट खोल सकेगा।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait before the next attempt</source>
        <translation>अगली कोशिश से पहले रुकें</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+299"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Forgot passphrase?</source>
        <translation>पासफ़्रेज़ भूल गए?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>पासफ़्रेज़:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Type your user name.</source>
        <translation>अपना उपयोगकर्ता नाम टाइप करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your passphrase.</source>
        <translation>अपना पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Unlocking…</source>
        <translation>अनलॉक हो रहा है…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Unlocked, but not remembered: {problem}</source>
        <translation>अनलॉक हो गया, पर याद नहीं रखा गया: {problem}</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Remembering the unlock on this device is turned off.</source>
        <translation>इस डिवाइस पर अनलॉक याद रखना बंद है।</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../asylum_desk/ui/office/users_page.py" line="-56"/>
        <source>Remove {name}?</source>
        <translation>{name} को हटाएँ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Remove {name} from this vault?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name} को इस वॉल्ट से हटाएँ?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s passphrase will no longer open this vault: their key slot is destroyed now. Their user record, their case assignments and their unsaved drafts are removed too. Cases they own keep their name as caseworker until a supervisor hands them to someone else.</source>
        <translation>{name} का पासफ़्रेज़ अब यह वॉल्ट नहीं खोलेगा: उनका कुंजी स्लॉट अभी नष्ट किया जाता है। उनका उपयोगकर्ता रिकॉर्ड, उनकी केस ज़िम्मेदारियाँ और उनके बिना सहेजे ड्राफ़्ट भी हटा दिए जाते हैं। उनके अपने केसों में केसवर्कर के रूप में उनका नाम तब तक रहता है जब तक कोई पर्यवेक्षक उन्हें किसी और को न सौंप दे।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault is &lt;b&gt;not re-keyed&lt;/b&gt; here. A copy of the key file made before now (an old copy of the vault folder, or a backup) still opens the vault with {name}&apos;s passphrase. If they could have such a copy, re-key the vault afterwards (Office › Re-key the vault…, or &lt;code&gt;asylum-desk rekey&lt;/code&gt;) and print the new recovery key; then take a new backup and destroy the older ones.</source>
        <translation>यहाँ वॉल्ट की &lt;b&gt;कुंजी नहीं बदली जाती&lt;/b&gt;। अब से पहले बनी कुंजी फ़ाइल की कोई प्रति (वॉल्ट फ़ोल्डर की पुरानी प्रति, या कोई बैकअप) अब भी {name} के पासफ़्रेज़ से वॉल्ट खोल सकती है। अगर उनके पास ऐसी प्रति हो सकती है, तो इसके बाद वॉल्ट की कुंजी बदलें (कार्यालय › वॉल्ट की कुंजी बदलें…, या &lt;code&gt;asylum-desk rekey&lt;/code&gt;) और नई रिकवरी कुंजी प्रिंट करें; फिर नया बैकअप लें और पुराने नष्ट करें।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove {name}</source>
        <translation>{name} को हटाएँ</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Everyone who can unlock this vault on this laptop. Each person has their own passphrase; the role decides what they may see and do.</source>
        <translation>हर वह व्यक्ति जो इस लैपटॉप पर यह वॉल्ट अनलॉक कर सकता है। हर व्यक्ति का अपना पासफ़्रेज़ होता है; भूमिका तय करती है कि वे क्या देख और कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>जोड़ने की तारीख़</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add user…</source>
        <translation>उपयोगकर्ता जोड़ें…(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change role…</source>
        <translation>भूमिका बदलें…(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove user…</source>
        <translation>उपयोगकर्ता हटाएँ…(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users status</source>
        <translation>उपयोगकर्ताओं की स्थिति</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} (you)</source>
        <translation>{name} (आप)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Added {name} ({role}). They unlock with their own name and passphrase.</source>
        <translation>{name} ({role}) जोड़े गए। वे अपने नाम और पासफ़्रेज़ से अनलॉक करते हैं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Role not changed: {reason}</source>
        <translation>भूमिका नहीं बदली गई: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is now {role}.</source>
        <translation>{name} अब {role} हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not removed: {reason}</source>
        <translation>नहीं हटाया गया: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed {name}: their passphrase no longer opens this vault. Not re-keyed: if they could have an old copy of the key file, use Office › Re-key the vault…</source>
        <translation>{name} को हटाया गया: उनका पासफ़्रेज़ अब यह वॉल्ट नहीं खोलता। कुंजी नहीं बदली गई: अगर उनके पास कुंजी फ़ाइल की पुरानी प्रति हो सकती है, तो कार्यालय › वॉल्ट की कुंजी बदलें… इस्तेमाल करें</translation>
    </message>
</context>
</TS>
