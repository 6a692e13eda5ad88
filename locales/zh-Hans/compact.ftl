### Kinline — DSO 01/2020 Annex A: video calls compact
### language: zh-Hans (Chinese (Simplified), 简体中文)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = 视频通话：使用协议
compact-intro = 在您可以使用视频通话之前，您必须理解下面的规定，并签名确认您同意这些规定。

## Rules

rule-no-recording-log = 我们不会对视频通话录像或录音，只会记下您通话的日期、时间和时长。
rule-privacy-supervision = 通话期间会尽量尊重您的隐私，但工作人员可以观看视频通话，进行监督。
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = 每个通话时段为 { $minutes } 分钟。
rule-dress = 被拘留人员和与他们视频通话的人都应穿着得体，例如不能穿泳衣或内衣。
rule-terminate-breach = 如果违反使用条款，或者中心的安全受到威胁，负责监督的工作人员有权结束视频通话。
rule-body-cameras = 负责监督的工作人员可以使用随身佩戴的摄像机，记录被拘留人员或通话另一方违反使用条款的任何行为。
rule-police-referral = 任何有犯罪行为发生的证据都会交给警方。
rule-no-recording-publish = 视频通话不得以任何方式录音或录像，也不得发布，包括上传到 YouTube 等网站；如有录制的证据，通话将被结束，证据将交给警方。
rule-terminate-behaviour = 如果出现粗言秽语或辱骂性语言、带有性意味的行为，或负责监督的工作人员认为不恰当的任何行为，视频通话将被结束。
rule-breach-ban = 违反使用条款可能导致您今后被禁止预约视频通话。

## Code of conduct

conduct-must-heading = 您必须：
must-respect = 留意并尊重其他使用者。
must-report-concerns = 把您对通话的任何担忧告诉工作人员。
must-cooperate = 始终与监督人员合作，并遵守给出的任何指示。
must-report-breach = 立即向管理中心的公司报告您自己或他人违反本规定的任何行为。
conduct-must-not-heading = 您不得：
must-not-unlawful = 利用视频通话服务从事任何违法活动。
must-not-settings = 配置或更改设备上的任何设置。
must-not-offensive = 共享您的屏幕，或展示任何违法或可能冒犯他人的内容，包括色情、种族歧视或恐同内容。
must-not-record = 录制通话；任何表明视频通话正被他人录制的证据，都会导致通话被结束。

## Agreement

agreement-heading = 同意书
agreement-read = 我已阅读并理解本视频通话使用规定的内容，并同意遵守其条款和条件。
agreement-suspension = 我明白，任何违反本规定的行为都可能导致我被暂停使用视频通话服务。
agreement-police = 我也明白，任何企图从事违法活动的行为都会报告给警方，并可能导致刑事起诉。
