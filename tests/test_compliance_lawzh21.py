"""Issue 15, zh compliance (lawzh21): rules from lawzh21's first looks at own Chinese policies (a 2019 recruitment
platform, a 2021 smart-watch maker, a 2023 car-rental app, a 2026 concert-ticketing platform). Each rule sits beside
a near-miss that must not match. All sentences are written for these tests.
"""
from __future__ import annotations

import compliance_judging

HEAD = "杭州乐途文化传媒有限公司（以下简称“我们”）运营乐途App，联系邮箱 privacy@letu.example.cn。\n"
EN_HEAD = "Harbor Tickets Ltd (\"we\") runs the Harbor app; write to privacy@harbor.example.com.\n"


def verdict(text: str, key: str, lang: str = "zh") -> str:
    return compliance_judging.verdict(text, lang, key)


def quoted(text: str, key: str, lang: str = "zh") -> list[str]:
    return compliance_judging.quoted(text, lang, key)


# --- a list item in the section on rights, labelled by the right, gives the way after its colon ----------------------

RIGHTS_LIST = (HEAD + "六、您的权利\n"
               "查阅与更正：“我的-个人资料”；\n"
               "删除健康数据：“健康-数据管理-删除全部数据”；\n"
               "撤回同意：您可以在“我的-设置-隐私-授权管理”中撤回授权；\n"
               "注销账号：“我的-设置-账号与安全-注销账号”。\n")
# near-miss: the same labels with no way after them (a statement of what we do) give the person nothing to do
RIGHTS_LIST_NO_WAY = (HEAD + "六、您的权利\n"
                      "查阅与更正：“我的-个人资料”；\n"
                      "删除健康数据：我们会在法定期限届满后删除；\n"
                      "撤回同意：您可以在“我的-设置-隐私-授权管理”中撤回授权；\n"
                      "注销账号：“我的-设置-账号与安全-注销账号”。\n")
# near-miss: the labels outside a section on rights (a table of functions) are not the person's rights
LABELS_ELSEWHERE = RIGHTS_LIST.replace("六、您的权利", "六、功能说明")


def test_labelled_items_in_the_rights_section_give_each_right_its_way() -> None:
    assert verdict(RIGHTS_LIST, "rights-exercise") == "met"


def test_a_labelled_right_with_no_way_after_its_colon_is_still_missing() -> None:
    assert verdict(RIGHTS_LIST_NO_WAY, "rights-exercise") == "omission"


def test_labels_outside_the_rights_section_name_no_right() -> None:
    assert verdict(LABELS_ELSEWHERE, "rights-exercise") == "omission"


# --- a refusal that leaves the product's other functions working is limited to one function --------------------------

WATCH_LIMITED = (HEAD + "若您不同意收集心率数据，您将无法使用健康监测功能，但不影响手表的计时、通知提醒、运动记录等其他基本功能。\n")
# near-miss: the refusal that costs the product as a whole
WATCH_WHOLE = HEAD + "若您不同意收集心率数据，您将无法使用本手表及本App的任何功能。\n"


def test_a_refusal_that_leaves_the_product_s_other_functions_working_is_not_bundling() -> None:
    assert verdict(WATCH_LIMITED, "bundled-consent") == "met"


def test_a_refusal_that_costs_every_function_is_not_limited() -> None:
    assert verdict(WATCH_WHOLE, "bundled-consent") != "met"


# --- the address book refused at the price of the service the app is for ---------------------------------------------

CONTACTS_RENTAL = HEAD + "如您拒绝授权通讯录权限，我们将无法为您提供租车服务。\n"
# near-miss: a service made of the address book needs it
CONTACTS_FRIENDS = HEAD + "如您拒绝授权通讯录权限，我们将无法为您提供好友推荐服务。\n"


def test_refusing_the_address_book_at_the_price_of_the_rental_service_is_bundling() -> None:
    assert verdict(CONTACTS_RENTAL, "bundled-consent") == "contravention"


def test_refusing_the_address_book_at_the_price_of_friend_suggestions_is_not() -> None:
    assert verdict(CONTACTS_FRIENDS, "bundled-consent") != "contravention"


# --- marketing refused at the price of a function is bundling, in Chinese and English --------------------------------

MARKETING_PRICE = HEAD + "若您不同意接收营销短信，将无法参与热门演出的抢票活动。\n"
MARKETING_FREE = HEAD + "若您不同意接收营销短信，可随时退订，不影响您参与抢票活动。\n"
EN_MARKETING_PRICE = EN_HEAD + "If you do not agree to receive marketing e-mails, you cannot take part in pre-sales.\n"
EN_MARKETING_FREE = EN_HEAD + "If you do not agree to receive marketing e-mails, you can still buy tickets as usual.\n"


def test_refusing_marketing_at_the_price_of_pre_sales_is_bundling() -> None:
    assert verdict(MARKETING_PRICE, "bundled-consent") == "contravention"
    assert quoted(MARKETING_PRICE, "bundled-consent") == ["若您不同意接收营销短信，将无法参与热门演出的抢票活动。"]


def test_refusing_marketing_that_costs_nothing_is_not_bundling() -> None:
    assert verdict(MARKETING_FREE, "bundled-consent") != "contravention"


def test_english_refusing_marketing_at_the_price_of_pre_sales_is_bundling() -> None:
    assert verdict(EN_MARKETING_PRICE, "bundled-consent", "en") == "contravention"


def test_english_refusing_marketing_that_costs_nothing_is_not_bundling() -> None:
    assert verdict(EN_MARKETING_FREE, "bundled-consent", "en") != "contravention"


# --- "账号注册：手机号码" under a title on the data processed ties data to a function ----------------------------------

FUNCTION_LABELS = (HEAD + "一、我们处理的个人信息\n1.1 账号注册：手机号码、验证码；\n1.2 实名购票：观演人的姓名、身份证号码。\n")
# near-miss: labels that are data categories tie the data to nothing
CATEGORY_LABELS = (HEAD + "一、我们处理的个人信息\n1.1 设备信息：设备型号、IMEI；\n1.2 身份信息：姓名、身份证号码。\n")
# near-miss: the same labels under a title that is not about the data processed
FUNCTION_LABELS_ELSEWHERE = FUNCTION_LABELS.replace("我们处理的个人信息", "常见问题")


def test_a_function_label_before_the_data_states_their_purpose() -> None:
    assert verdict(FUNCTION_LABELS, "processing-scope") == "met"


def test_a_data_category_label_states_no_purpose() -> None:
    assert verdict(CATEGORY_LABELS, "processing-scope") == "omission"


def test_function_labels_outside_a_data_section_state_no_purpose() -> None:
    assert verdict(FUNCTION_LABELS_ELSEWHERE, "processing-scope") == "omission"


# --- a list of winners posted on the service's page is a public disclosure -------------------------------------------

WINNERS = HEAD + "抽奖活动的中奖名单（昵称及部分隐去的手机号码）将在活动页面公示。\n除上述情形外，我们不会公开您的个人信息。\n"
WINNERS_CONSENTED = HEAD + "抽奖活动的中奖名单将在活动页面公示，公示前我们会单独征得中奖用户的同意。\n"
# near-miss: a line-up of performers is no list of users
LINE_UP = HEAD + "演出阵容名单将在活动页面公布。\n"


def test_a_winners_list_posted_on_the_page_is_a_public_disclosure_without_consent() -> None:
    assert verdict(WINNERS, "public-disclosure") == "contravention"


def test_a_winners_list_posted_with_separate_consent_is_met() -> None:
    assert verdict(WINNERS_CONSENTED, "public-disclosure") == "met"


def test_a_line_up_of_performers_discloses_no_user() -> None:
    assert verdict(LINE_UP, "public-disclosure") == "not-applicable"


# --- separate consent for one transfer abroad does not reach another to another country -----------------------------

SG_CONSENTED = ("当您购买境外场次门票时，我们会将观演人的姓名、护照号码提供给境外主办方星光现场有限公司（Starlight Live Pte. Ltd.，"
                "新加坡，联系邮箱：privacy@starlightlive.sg）。我们会在下单前向您告知上述信息并单独征得您的同意。\n")
US_UNCONSENTED = "我们的在线客服系统由位于美国的Zentro Inc.提供，您与客服的对话记录将存储于其美国服务器。\n"
SCC = "我们已就上述出境活动与境外接收方订立国家网信部门制定的标准合同。\n"
# near-misses: a second mention of the same country, and a second transfer with its own consent
SG_AGAIN = "为便于核验，上述信息将存储于新加坡的服务器。\n"
US_CONSENTED = "我们的在线客服系统由位于美国的Zentro Inc.提供，您与客服的对话记录将存储于其美国服务器，我们会就此单独征得您的同意。\n"
EN_TWO = (EN_HEAD + "For tours abroad we transfer the attendee's name and passport number to Starlight Live Pte. Ltd., "
          "Singapore (contact: privacy@starlightlive.sg). Before you order, we ask for your separate consent to this transfer.\n"
          "Our help desk is provided by Zentro Inc., and your chats are stored on its servers in the United States.\n")
EN_TWO_SAME = EN_TWO.replace("in the United States", "in Singapore")


def test_a_second_transfer_to_another_country_without_consent_is_a_contravention() -> None:
    text = HEAD + SG_CONSENTED + US_UNCONSENTED + SCC
    assert verdict(text, "cross-border-consent") == "contravention"
    assert quoted(text, "cross-border-consent") == [US_UNCONSENTED.strip()]


def test_the_same_country_named_again_is_covered_by_its_consent() -> None:
    assert verdict(HEAD + SG_CONSENTED + SG_AGAIN + SCC, "cross-border-consent") == "met"


def test_a_second_transfer_with_its_own_consent_is_met() -> None:
    assert verdict(HEAD + SG_CONSENTED + US_CONSENTED + SCC, "cross-border-consent") == "met"


def test_english_a_second_transfer_to_another_country_without_consent() -> None:
    assert verdict(EN_HEAD + EN_TWO.split("\n")[1] + "\n", "cross-border-consent", "en") == "met"  # the first alone
    assert verdict(EN_TWO, "cross-border-consent", "en") == "contravention"


def test_english_the_same_country_twice_is_covered() -> None:
    assert verdict(EN_TWO_SAME, "cross-border-consent", "en") == "met"


# ===== second batch (a 2024 property-management app, a 2022 adult-education site, a 2020 credit-card app, a 2025 HR
# SaaS) =====

# --- withdrawing "your authorisation for location, camera…" is withdrawal however long the object ------------------

OTHER_RIGHTS = ("您可以在“我的-个人资料”中查阅、更正您的信息；您可以在“我的-设置”中删除您的信息；"
                "您可以在“我的-设置-注销账号”中注销账号。\n")
WITHDRAW_LONG = HEAD + OTHER_RIGHTS + "您可以通过App内“设置-隐私-权限管理”撤回您对位置、相机等权限的授权。\n"
# near-miss: the handler withdrawing something is no right of the person
WITHDRAW_OURS = HEAD + OTHER_RIGHTS + "我们有权撤回对违规商家的授权。\n"


def test_withdrawing_one_s_authorisation_for_named_permissions_is_withdrawal() -> None:
    assert verdict(WITHDRAW_LONG, "rights-exercise") == "met"


def test_the_handler_withdrawing_a_merchant_s_authorisation_is_no_right() -> None:
    assert verdict(WITHDRAW_OURS, "rights-exercise") == "omission"


# --- the person named by role, and the procedure he goes through -----------------------------------------------------

ADMIN_RIGHTS = (HEAD + "管理员可以在“管理后台-个人设置”中查阅、更正本人信息；可以通过privacy@letu.example.cn申请删除本人信息或撤回同意；"
                "可以在“管理后台-账号”中注销账号。\n")
STAFF_ACCESS = (HEAD + "我们的管理员可以在授权范围内查阅、更正用户信息。\n您可以通过privacy@letu.example.cn申请删除您的信息或撤回同意，"
                "您可以在“设置-账号”中注销账号。\n")
CARD_CLOSE = (HEAD + "您可以在“我的-个人信息”中查询和更正您的信息；可以在“设置-权限管理”中撤回授权；如需删除您的个人信息，您可以拨打客服热线"
              "95xxx提出申请。信用卡账户的销户需通过客服热线或营业网点办理。\n")
CARD_NO_CLOSE = CARD_CLOSE.replace("信用卡账户的销户需通过客服热线或营业网点办理。", "")


def test_an_administrator_addressed_by_role_has_the_rights_way() -> None:
    assert verdict(ADMIN_RIGHTS, "rights-exercise") == "met"


def test_our_own_administrators_access_is_no_way_for_the_person() -> None:
    assert verdict(STAFF_ACCESS, "rights-exercise") == "omission"


def test_closing_a_card_account_through_the_hotline_is_account_cancellation() -> None:
    assert verdict(CARD_CLOSE, "rights-exercise") == "met"
    assert verdict(CARD_NO_CLOSE, "rights-exercise") == "omission"


# --- who may apply is 14 or older: no child under 14 is admitted -----------------------------------------------------

CARD_AGES = (HEAD + "欢迎使用金卡生活App。\n本行信用卡申请人须年满18周岁。附属卡申请人须年满14周岁，其个人信息由主卡持卡人提供，"
             "主卡持卡人应确保已获得附属卡申请人或其监护人的同意。\n")
CARD_YOUNGER = HEAD + "欢迎使用金卡生活App。\n附属卡申请人须年满10周岁，其个人信息由主卡持卡人提供。\n"
ADULTS_ONLY = HEAD + "欢迎使用知学App。\n知学提供的是面向成年人的职业教育服务，我们不面向不满十八周岁的未成年人提供服务。\n"


def test_an_age_floor_of_fourteen_for_every_applicant_admits_no_child() -> None:
    assert verdict(CARD_AGES, "minors") == "met"


def test_an_age_floor_below_fourteen_admits_children() -> None:
    assert verdict(CARD_YOUNGER, "minors") == "omission"


def test_no_service_to_those_under_eighteen_is_adults_only() -> None:
    assert verdict(ADULTS_ONLY, "minors") == "not-applicable"


# --- "does not involve transferring your personal information" denies the transfer ---------------------------------

CDN_DENIED = HEAD + "您的个人信息存储于中华人民共和国境内。我们的课程视频通过境外内容分发网络加速播放，该过程不涉及传输您的个人信息。\n"
CDN_SENT = HEAD + "我们的课程视频通过境外内容分发网络加速播放，您的IP地址和观看记录将传输至境外节点。\n"


def test_a_foreign_cdn_that_involves_no_personal_information_is_no_transfer() -> None:
    assert verdict(CDN_DENIED, "cross-border-mechanism") == "not-applicable"


def test_a_foreign_cdn_that_receives_ip_addresses_is_a_transfer() -> None:
    assert verdict(CDN_SENT, "cross-border-mechanism") == "contravention"


# --- deletion within a stated time after an event is a retention period; a response time is not -------------------

AFTER_EVENT = HEAD + "考试监考录像在成绩公布后90日内删除。\n"
RESPONSE_TIME = HEAD + "我们会在收到您的删除请求后15日内删除。\n"


def test_deletion_within_ninety_days_after_the_results_is_a_period() -> None:
    assert verdict(AFTER_EVENT, "retention-period") == "met"


def test_the_time_to_answer_a_deletion_request_is_no_retention_period() -> None:
    assert verdict(RESPONSE_TIME, "retention-period") == "omission"


# --- a ranking the service shows is public, in the disclosure key and against the standard's list -------------------

LEADERBOARD = (HEAD + "为提高学员学习积极性，我们会在“学霸榜”中展示学员的昵称、头像和学习时长。\n"
               "如您不希望出现在榜单中，可在“设置-隐私”中关闭。\n")
LEADERBOARD_OPT_IN = (HEAD + "如您选择加入“学霸榜”，我们会在榜单中展示您的昵称和学习时长，加入前我们会单独征得您的同意。\n")


def test_a_leaderboard_shown_by_the_service_is_public_disclosure() -> None:
    assert verdict(LEADERBOARD, "public-disclosure") == "contravention"
    assert verdict(LEADERBOARD, "gbt-sharing-exceptions") == "contravention"


def test_a_leaderboard_joined_with_separate_consent_is_not() -> None:
    assert verdict(LEADERBOARD_OPT_IN, "public-disclosure") != "contravention"
    assert verdict(LEADERBOARD_OPT_IN, "gbt-sharing-exceptions") != "contravention"


# --- a table with a column of functions ties each row's data to its function -----------------------------------------

FUNCTION_TABLE = (HEAD + "一、我们收集的信息\n业务功能\t收集的信息\t是否必需\n注册登录\t手机号码、密码\t必需\n"
                  "学历报名\t姓名、身份证号码\t报名时必需\n")
DATA_TABLE = (HEAD + "一、我们收集的信息\n信息类别\t具体信息\t是否必需\n账号信息\t手机号码、密码\t必需\n"
              "身份信息\t姓名、身份证号码\t必需\n")


def test_a_table_of_functions_and_data_states_purposes() -> None:
    assert verdict(FUNCTION_TABLE, "processing-scope") == "met"


def test_a_table_of_categories_and_data_states_none() -> None:
    assert verdict(DATA_TABLE, "processing-scope") == "omission"


# --- six months on logs is the Cybersecurity Law's own minimum --------------------------------------------------------

LOG_FLOOR = HEAD + "管理员个人信息在服务合同终止后保存30日，之后删除；使用日志保存不少于六个月。\n"
OTHER_FLOOR = HEAD + "管理员个人信息在服务合同终止后保存30日，之后删除；商务沟通记录保存不少于六个月。\n"


def test_logs_kept_at_least_six_months_follow_the_statute() -> None:
    assert verdict(LOG_FLOOR, "retention-period") == "met"


def test_other_records_kept_at_least_six_months_are_open_ended() -> None:
    assert verdict(OTHER_FLOOR, "retention-period") == "contravention"


# --- our own calls with the person are no call log of his ------------------------------------------------------------

OUR_CALLS = HEAD + "为提供售后支持，我们会保存销售团队与您沟通时的通话记录和邮件往来。\n"
CALL_LOG = HEAD + "为识别骚扰电话，我们会读取您手机中的通话记录。\n"


def test_records_of_our_calls_with_the_person_are_not_sensitive() -> None:
    assert verdict(OUR_CALLS, "sensitive-pi-consent") == "not-applicable"


def test_the_phone_s_call_log_is_sensitive() -> None:
    assert verdict(CALL_LOG, "sensitive-pi-consent") == "contravention"


# ===== third batch (a 2023 dating app with an English line, a 2025 online pharmacy, a 2021 express-delivery firm) =====

# --- sensitive data handed to another party with no consent, whatever their collection was asked --------------------

HEALTH_COLLECTED = ("购买处方药时，您需提供用药人的既往病史、过敏史和确诊疾病。上述健康信息属于敏感个人信息，我们将在您提交前单独征求您的同意，"
                    "并说明处理的必要性及对您权益的影响。\n")
HEALTH_TO_INSURER = HEAD + HEALTH_COLLECTED + "我们可能将您的购药记录和健康信息提供给合作保险公司，用于向您推荐商业健康保险产品。\n"
# near-misses: the same provision with its own separate consent, and a processor working on our instructions
HEALTH_TO_INSURER_CONSENTED = (HEAD + HEALTH_COLLECTED + "经您单独同意后，我们会将您的健康信息提供给合作保险公司，用于为您办理保险理赔。\n")
# (and one made to carry out the person's own order: PIPL 13(1)(2))
HEALTH_FOR_THE_ORDER = (HEAD + HEALTH_COLLECTED + "为向您配送处方药品，我们会将您的收货信息及电子处方提供给为您配药的合作药店，"
                        "合作药店的名称及联系方式将在订单确认页面向您展示。\n")
HEALTH_TO_PROCESSOR = (HEAD + HEALTH_COLLECTED + "我们委托上海云道数据科技有限公司存储您的健康信息，并与其签订了委托处理协议。\n")


def test_health_data_given_to_an_insurer_without_consent_is_a_contravention() -> None:
    assert verdict(HEALTH_TO_INSURER, "sensitive-pi-consent") == "contravention"
    assert quoted(HEALTH_TO_INSURER, "sensitive-pi-consent")[0].startswith("我们可能将您的购药记录和健康信息提供给合作保险公司")


def test_health_data_given_with_its_own_separate_consent_is_met() -> None:
    assert verdict(HEALTH_TO_INSURER_CONSENTED, "sensitive-pi-consent") == "met"


def test_a_prescription_given_to_the_pharmacy_filling_the_order_serves_the_contract() -> None:
    assert verdict(HEALTH_FOR_THE_ORDER, "sensitive-pi-consent") == "met"


SDK_TABLE = (HEAD + "我们会在您开启定位权限时单独征得您的同意，并告知处理精确位置的必要性及对您个人权益的影响。\n"
             "第三方SDK名称\t提供方\t使用目的\t收集的信息\n地图SDK\t北京图行科技有限公司\t推荐附近药店\t精确位置信息\n")


def test_a_row_of_the_sdk_table_is_no_provision_without_consent() -> None:
    assert verdict(SDK_TABLE, "sensitive-pi-consent") == "met"


def test_health_data_stored_by_a_processor_is_no_provision() -> None:
    assert verdict(HEALTH_TO_PROCESSOR, "sensitive-pi-consent") == "met"


# --- offers chosen from the person's own purchase history are personalised marketing --------------------------------

PUSH_FROM_HISTORY = HEAD + "我们会根据您的购药记录，向您推送用药提醒和相关药品及保健品的优惠信息。\n"
PUSH_STATUS = HEAD + "我们会根据您的订单记录，向您推送物流状态和取件提醒。\n"


def test_offers_pushed_from_purchase_history_need_an_opt_out() -> None:
    assert verdict(PUSH_FROM_HISTORY, "automated-decision") == "contravention"


def test_delivery_notices_from_the_order_are_no_profiling() -> None:
    assert verdict(PUSH_STATUS, "automated-decision") == "not-applicable"


# --- a guardian acting in the child's stead -------------------------------------------------------------------------

GUARDIAN_ACTS = HEAD + "我们的寄件服务面向成年人。不满十四周岁的儿童寄件，应由其监护人代为办理。\n"
CHILD_ALONE = HEAD + "我们的寄件服务面向成年人。不满十四周岁的儿童也可以自行寄件。\n"


def test_a_guardian_acting_for_the_child_is_guardian_involvement() -> None:
    assert verdict(GUARDIAN_ACTS, "minors") == "met"


def test_a_child_acting_alone_is_not() -> None:
    assert verdict(CHILD_ALONE, "minors") == "omission"


# --- profiles shown to all the platform's users, and misconduct posted with the person's nickname -------------------

PROFILE_TO_ALL = (HEAD + "上述资料将在您的个人主页中向平台所有用户展示，您可以在“隐私设置”中选择隐藏收入和学历。\n")
PROFILE_TO_MATCHES = HEAD + "上述资料仅向与您互相关注的用户展示。\n"
FRAUD_POSTED = HEAD + "对于在平台内实施诈骗的用户，我们将在平台公告中公示其昵称、头像和违规事实，并有权向公安机关报案。\n"
FRAUD_REPORTED = HEAD + "对于在平台内实施诈骗的用户，我们有权向公安机关报案。\n"


def test_a_profile_shown_to_all_the_platform_s_users_is_public() -> None:
    assert verdict(PROFILE_TO_ALL, "public-disclosure") == "contravention"


def test_a_profile_shown_to_mutual_followers_is_not() -> None:
    assert verdict(PROFILE_TO_MATCHES, "public-disclosure") != "contravention"


def test_fraud_posted_with_the_nickname_rests_on_no_pipl13_ground() -> None:
    assert verdict(FRAUD_POSTED, "public-disclosure") == "contravention"
    assert verdict(FRAUD_POSTED, "legal-basis") == "contravention"


def test_fraud_reported_to_the_police_is_no_public_posting() -> None:
    assert verdict(FRAUD_REPORTED, "public-disclosure") == "not-applicable"
    assert verdict(FRAUD_REPORTED, "legal-basis") != "contravention"


# --- the destination country of an international parcel is abroad ----------------------------------------------------

PARCEL_ABROAD = HEAD + "为完成国际快件的运输和清关，我们会将收件人的姓名、地址和电话提供给目的地国家或地区的合作承运商和海关。\n"
PARCEL_HOME = HEAD + "为完成快件的运输，我们会将收件人的姓名、地址和电话提供给目的地网点。\n"


def test_data_given_to_carriers_of_the_destination_country_go_abroad() -> None:
    assert verdict(PARCEL_ABROAD, "cross-border-mechanism") == "contravention"


def test_data_given_to_the_destination_outlet_stay_at_home() -> None:
    assert verdict(PARCEL_HOME, "cross-border-mechanism") == "not-applicable"
