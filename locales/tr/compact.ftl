### Kinline — DSO 01/2020 Annex A: video calls compact
### language: tr (Turkish, Türkçe)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Görüntülü görüşmeler: kullanım sözleşmesi
compact-intro = Görüntülü görüşmeleri kullanabilmeniz için önce aşağıdaki kuralları anlamanız ve kabul ettiğinizi göstermek için imzalamanız gerekir.

## Rules

rule-no-recording-log = Görüntülü görüşmenin görüntüsü veya sesi kaydedilmez ve biz yalnızca görüşmenizin tarihini, saatini ve süresini not ederiz.
rule-privacy-supervision = Görüşmeniz sırasında özel hayatınıza mümkün olduğunca saygı gösterilir, ancak personel görüntülü görüşmeleri izleyerek denetleyebilir.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Görüşmeler { $minutes } dakikalık zaman dilimlerinde yapılabilir.
rule-dress = Merkezde tutulan kişilerin ve görüntülü görüşmedeki diğer kişilerin uygun giyinmiş olması beklenir, örneğin mayo ya da iç çamaşırıyla değil.
rule-terminate-breach = Denetleyen personel, kullanım kuralları çiğnenirse veya merkezin güvenliği tehlikeye girerse görüntülü görüşmeyi bitirme hakkına sahiptir.
rule-body-cameras = Denetleyen personel, merkezde tutulan kişinin veya görüşmedeki diğer kişinin kullanım kurallarını çiğnemesini kaydetmek için vücut kamerası kullanabilir.
rule-police-referral = Bir suç işlendiğine dair her türlü kanıt polise verilir.
rule-no-recording-publish = Görüntülü görüşmeler hiçbir şekilde, sesli ya da görüntülü olarak kaydedilemez veya yayınlanamaz, YouTube gibi bir internet sitesine yüklemek de buna dahildir; kayıt yapıldığına dair kanıt olursa görüşme bitirilir ve kanıt polise verilir.
rule-terminate-behaviour = Küfürlü veya hakaret içeren konuşma, cinsel davranış ya da denetleyen personelin uygunsuz bulduğu herhangi bir davranış olursa görüntülü görüşme bitirilir.
rule-breach-ban = Kullanım kurallarını çiğnemek, ileride görüntülü görüşme için randevu almanızın yasaklanmasına yol açabilir.

## Code of conduct

conduct-must-heading = Yapmanız gerekenler:
must-respect = Diğer kullanıcıları düşünmek ve onlara saygı göstermek.
must-report-concerns = Görüşmeyle ilgili her türlü endişenizi bir personele söylemek.
must-cooperate = Her zaman denetleyen kişiyle iş birliği yapmak ve verilen talimatlara uymak.
must-report-breach = Bu kuralların sizin ya da başkaları tarafından çiğnendiği her durumu vakit kaybetmeden merkezi işleten şirkete bildirmek.
conduct-must-not-heading = Yapmamanız gerekenler:
must-not-unlawful = Görüntülü görüşme hizmetini yasa dışı herhangi bir iş için kullanmak.
must-not-settings = Cihazdaki herhangi bir ayarı yapmak veya değiştirmek.
must-not-offensive = Ekranınızı paylaşmak ya da pornografik, ırkçı veya homofobik içerikler dahil, yasa dışı olan veya başkalarını rahatsız edebilecek herhangi bir içerik göstermek.
must-not-record = Görüşmeyi kaydetmek; görüntülü görüşmenin başka biri tarafından kaydedildiğine dair her türlü kanıt, görüşmenin bitirilmesine yol açar.

## Agreement

agreement-heading = Onay
agreement-read = Görüntülü görüşmelerin kullanımıyla ilgili bu kuralları okudum ve anladım, şartlarına ve koşullarına uymayı kabul ediyorum.
agreement-suspension = Bu kuralları herhangi bir şekilde çiğnememin, görüntülü görüşme hizmetini kullanmamın askıya alınmasına yol açabileceğini anlıyorum.
agreement-police = Ayrıca, yasa dışı bir şey yapmaya yönelik her türlü girişimin polise bildirileceğini ve ceza davasına yol açabileceğini anlıyorum.
