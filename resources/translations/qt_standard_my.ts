<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<!-- Qt's own texts (standard buttons, text-field menus, the wizard, message boxes, the file
     dialog, the print dialog with its page setup, printer properties and options, print
     preview, progress dialogs, scroll bars) in Burmese: Qt ships no qtbase_my.qm.
     Maintained by hand: the contexts and sources are Qt's own, exactly (see qtbase_de.qm);
     make translations compiles this file to qt_standard_my.qm, which
     asylum_desk/ui/i18n.py installs beside the app's catalogue. -->
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>အားလုံး ရွေးရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>တစ်ဆင့် တိုးရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>တစ်ဆင့် လျှော့ရန်(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>ငွေတောင်းခံရေး အချက်အလက်(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>အဆုံးတွင်(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>အစတွင်(&amp;S):</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>အဖုံး စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>ကန့်သတ်ထားသည်</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>အတွင်းရေး</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>နေ့ဘက် (06:00 မှ 17:59 အထိ)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>အချိန်အကန့်အသတ်မရှိ ဆိုင်းထားရန်</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ပုံနှိပ်အလုပ်</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>ပုံနှိပ်အလုပ် ဦးစားပေးအဆင့်(&amp;P):</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>ပုံနှိပ်အလုပ် ထိန်းချုပ်မှု</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>ညဘက် (18:00 မှ 05:59 အထိ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>ချက်ချင်း ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>ပုံနှိပ်မည့် အချိန်(&amp;P):</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>ဒုတိယ အလှည့် (16:00 မှ 23:59 အထိ)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>လျှို့ဝှက်</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>သတ်မှတ်ထားသော အချိန်တွင်</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>စံ</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>တတိယ အလှည့် (00:00 မှ 07:59 အထိ)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>အထူး လျှို့ဝှက်</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>လျှို့ဝှက်ချက် မဟုတ်</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>ပိတ်ရက် (စနေမှ တနင်္ဂနွေ အထိ)</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ဖိုင်တွဲ ရှာမတွေ့ပါ။
ဖိုင်တွဲအမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ဖိုင် ရှာမတွေ့ပါ။
ဖိုင်အမည် မှန်ကန်ကြောင်း စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
အစားထိုးလိုပါသလား။</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ရွေးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ဖျက်ရန်(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ရှာမည့်နေရာ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ဖိုင်တွဲအသစ်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>အမည်ပြောင်းရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ကို ပြင်ရေး၍ မရအောင် ကာကွယ်ထားသည်။
သို့သော်လည်း ဖျက်လိုပါသလား။</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; ကို ဖျက်မှာ သေချာပါသလား။</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>အသေးစိတ် မြင်ကွင်းသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>စာရင်း မြင်ကွင်းသို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ဖိုင်တွဲကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ဖိုင်တွဲအသစ် ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ဖိုင်တွဲအသစ် ပြုလုပ်ရန်</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>အသေးစိတ် မြင်ကွင်း</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ဖိုင်တွဲများ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ဖိုင်တွဲ-</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ဖိုင်အမည်(&amp;N):</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ဖိုင် အမျိုးအစား(&amp;T):</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ဖိုင်တွဲ ရှာရန်</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>နောက်သို့ သွားရန်</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ရှေ့သို့ သွားရန်</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲသို့ သွားရန်</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>စာရင်း မြင်ကွင်း</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>နေရာများနှင့် မှတ်သားထားသည်များ စာရင်း</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ဖိုင်တွဲအသစ်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>မကြာသေးမီက နေရာများ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>အမည်ပေး၍ သိမ်းရန်</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ပြရန်- </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ဝှက်ထားသော ဖိုင်များကို ပြရန်(&amp;H)</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ဘေးဘောင်</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ပြင်ဆင်သည့် ရက်စွဲ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>မလုပ်တော့ပါ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ပိတ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>အိုကေ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>မသိမ်းဘဲ ပိတ်ရန်</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ပြန်ဖျက်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>အသေးစိတ် ဝှက်ရန်...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>အသေးစိတ် ပြရန်...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>စီဆရို (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>စိတ်ကြိုက်</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>ဒီဒို (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ဖောင်</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>အမြင့်-</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>လက်မ (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>အလျားလိုက်</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>အနားသတ်များ</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>မီလီမီတာ (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>စာမျက်နှာ အနေအထား</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>စာမျက်နှာ အစီအစဉ်(&amp;O):</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>စာမျက်နှာ အပြင်အဆင်</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>စာမျက်နှာ အရွယ်အစား-</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>စာရွက်တစ်ရွက်လျှင် စာမျက်နှာ(&amp;P):</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>စက္ကူ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>စက္ကူ ထည့်သည့်နေရာ-</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>ပိုက်ကာ (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>ပွိုင့် (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>ပြောင်းပြန် အလျားလိုက်</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>ပြောင်းပြန် ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>အကျယ်-</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>အောက် အနားသတ်</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ဘယ် အနားသတ်</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ညာ အနားသတ်</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>အပေါ် အနားသတ်</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>မဟုတ်ပါ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ဟုတ်ကဲ့(&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ရပ်ဆိုင်းရန်</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>အသုံးချရန်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>အားလုံးအတွက် မဟုတ်ပါ(&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ပြန်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>မူလ ဆက်တင်များ ပြန်ထားရန်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>အားလုံး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>အားလုံးအတွက် ဟုတ်ကဲ့(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
ထပ်ရေးလိုပါသလား။</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 ၏ ရေးပုံ မမှန်ပါ။ စာမျက်နှာများနှင့် အပိုင်းများကို &apos;,&apos; ဖြင့် ခွဲပါ၊ အပိုင်းကို &apos;-&apos; ဖြင့် သတ်မှတ်ပါ၊ အပိုင်းများ တစ်ခုနှင့်တစ်ခု မထပ်ပါစေနှင့်။</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 သည် ဖိုင်တွဲ ဖြစ်သည်။
အခြား ဖိုင်အမည်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ရွေးစရာများ &lt;&lt;(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ရွေးစရာများ &gt;&gt;(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>ပုံနှိပ်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>စာမျက်နှာ အားလုံး</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>အောက်မှ အပေါ်၊ ဘယ်မှ ညာ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>အောက်မှ အပေါ်၊ ညာမှ ဘယ်</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>နှစ်ဖက်ပုံနှိပ်ခြင်း ဆက်တင်များ ကွဲလွဲနေသည်</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>စုံဂဏန်း စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>ဖိုင် %1 ကို ရေး၍ မရပါ။
အခြား ဖိုင်အမည်တစ်ခု ရွေးပါ။</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>စာမျက်နှာ သတ်မှတ်ချက် မမှန်ပါ</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>ဘယ်မှ ညာ၊ အောက်မှ အပေါ်</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>ဘယ်မှ ညာ၊ အပေါ်မှ အောက်</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ဤကွန်ပျူတာရှိ ဖိုင်</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>မဂဏန်း စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>&apos;Pages Per Sheet&apos; နှင့် &apos;Page Set&apos; ရွေးစရာ နှစ်ခုကို အတူတကွ သုံး၍ မရပါ။
တစ်ခုကို ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>ဖိုင်အဖြစ် ပုံနှိပ်ရန် ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>ဖိုင်အဖြစ် ပုံနှိပ်ရန် (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ညာမှ ဘယ်၊ အောက်မှ အပေါ်</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ညာမှ ဘယ်၊ အပေါ်မှ အောက်</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>စမည့် စာမျက်နှာသည် ဆုံးမည့် စာမျက်နှာထက် မကြီးရပါ။</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>နှစ်ဖက်ပုံနှိပ်ခြင်း ဆက်တင်များ ကွဲလွဲနေသည်။ ပြင်ဆင်လိုပါသလား။</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>အပေါ်မှ အောက်၊ ဘယ်မှ ညာ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>အပေါ်မှ အောက်၊ ညာမှ ဘယ်</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF ဖိုင် ရေးရန်</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF အဖြစ် ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>ပထမ စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>စာမျက်နှာ အပြည့် ဆံ့အောင်</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>အကျယ် ဆံ့အောင်</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>အလျားလိုက်</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>နောက်ဆုံး စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>နောက်တစ်မျက်နှာ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ယခင် စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>ပုံနှိပ်မှု အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>မျက်နှာချင်းဆိုင် စာမျက်နှာများ ပြရန်</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>စာမျက်နှာ အားလုံးကို ခြုံငုံ ပြရန်</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>စာမျက်နှာ တစ်မျက်နှာစီ ပြရန်</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ချုံ့ရန်</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>အဆင့်မြင့် ရွေးစရာများ ကွဲလွဲနေသည်</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>ပုံနှိပ်အလုပ် ရွေးစရာများ</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု ကွဲလွဲနေသည်</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>ပုံနှိပ်စက် ဂုဏ်သတ္တိများ</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု ရွေးစရာများ ကွဲလွဲနေသည်။ ပြင်ဆင်လိုပါသလား။</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>အဆင့်မြင့် ရွေးစရာအချို့ ကွဲလွဲနေသည်။ ပြင်ဆင်လိုပါသလား။</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>အဆင့်မြင့်</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ဖောင်</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>ရွေးစရာအချို့ ကွဲလွဲနေသည်။ ပြင်ဆင်ပါ။</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>မိတ္တူများကို အစဉ်လိုက် စီရန်</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>အရောင်</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>အရောင် ပုံစံ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>မိတ္တူများ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>မိတ္တူ အရေအတွက်-</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>လက်ရှိ စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>နှစ်ဖက်ပုံနှိပ်ခြင်း</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ဖောင်</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>အဖြူအမည်း</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>အရှည်ဘက်မှ လှန်ရန်</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ပိတ်</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ရွေးစရာများ</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>ပုံနှိပ်မှု ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>မည်သည့် စာမျက်နှာများ(&amp;S):</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>စာမျက်နှာ- စမည့်</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>အားလုံး ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ပုံနှိပ်မည့် အပိုင်း</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ပြောင်းပြန် အစီအစဉ်</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ရွေးထားသည့် အပိုင်း</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>အတိုဘက်မှ လှန်ရန်</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>စာမျက်နှာများ သို့မဟုတ် အပိုင်းများကို ကော်မာ (,) ဖြင့် ခွဲ၍ ရေးပါ။ အပိုင်းတစ်ခုကို ဂဏန်းနှစ်လုံးကြားတွင် တုံးတို (-) ခံ၍ ရေးပါ။ ဥပမာ- 3,5-7,9 ဆိုလျှင် စာမျက်နှာ 3, 5, 6, 7 နှင့် 9 ကို ပုံနှိပ်မည်။</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ဆုံးမည့်</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>အမည်(&amp;N):</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>ဖောင်</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>တည်နေရာ-</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ထုတ်မည့် ဖိုင်(&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>ဂုဏ်သတ္တိများ(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>ပုံနှိပ်စက်</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>အမျိုးအစား-</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>အောက်ဆုံး</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>ဘယ်ဘက် အစွန်</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>တစ်မျက်နှာ အောက်သို့</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>တစ်မျက်နှာ ဘယ်သို့</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>တစ်မျက်နှာ ညာသို့</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>တစ်မျက်နှာ အပေါ်သို့</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ညာဘက် အစွန်</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>အောက်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>ဤနေရာသို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>ဘယ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ညာသို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>အပေါ်သို့ ရွှေ့ရန်</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>အပေါ်ဆုံး</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ကူးထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ပြန်ဖျက်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>လင့်ခ် လိပ်စာကို ကူးယူရန်(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ဖြတ်ယူရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>အားလုံး ရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>ပြီးဆုံးရန်(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ရှေ့ဆက်ရန်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ရှေ့ဆက်ရန် &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; နောက်သို့(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>အတည်ပြုရန်</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ပြီးပါပြီ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>နောက်သို့ သွားရန်</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>အကူအညီ</translation>
    </message>
</context>
</TS>
