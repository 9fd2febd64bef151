"""Drives the emulator with boto3: key pair, instance with a waiter, paginator, filters, errors.

Usage: python3 walkthrough.py ENDPOINT. Prints OK on success; any failed check raises.
"""
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
ec2 = boto3.client("ec2", endpoint_url=endpoint, region_name="eu-west-1",
                   aws_access_key_id="123456789012", aws_secret_access_key="test")

key = ec2.create_key_pair(KeyName="boto", KeyType="ed25519")
assert key["KeyMaterial"].startswith("-----BEGIN OPENSSH PRIVATE KEY-----"), key["KeyMaterial"][:40]

image = ec2.describe_images(Owners=["amazon"], Filters=[
    {"Name": "name", "Values": ["al2023-ami-2023*-arm64"]}])["Images"][0]
assert image["Architecture"] == "arm64"

try:
    ec2.run_instances(ImageId=image["ImageId"], InstanceType="t3.micro", MinCount=1, MaxCount=1)
    raise AssertionError("an x86_64 type with an arm64 image must fail")
except ClientError as error:
    assert error.response["Error"]["Code"] == "InvalidParameterValue", error.response
    assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400

reservation = ec2.run_instances(ImageId=image["ImageId"], InstanceType="t4g.micro", MinCount=3, MaxCount=3,
                                KeyName="boto",
                                TagSpecifications=[{"ResourceType": "instance",
                                                    "Tags": [{"Key": "team", "Value": "boto"}]}])
ids = [i["InstanceId"] for i in reservation["Instances"]]
assert len(ids) == 3 and all(i.startswith("i-") for i in ids)
ec2.get_waiter("instance_running").wait(InstanceIds=ids, WaiterConfig={"Delay": 1, "MaxAttempts": 10})

pages = ec2.get_paginator("describe_instances").paginate(
    Filters=[{"Name": "tag:team", "Values": ["boto"]}], PaginationConfig={"PageSize": 5})
seen = [i["InstanceId"] for page in pages for r in page["Reservations"] for i in r["Instances"]]
assert sorted(seen) == sorted(ids), seen

described = ec2.describe_instances(InstanceIds=ids[:1])["Reservations"][0]["Instances"][0]
assert described["State"]["Name"] == "running"
assert described["LaunchTime"].tzinfo is not None
assert described["PrivateDnsName"].endswith(".eu-west-1.compute.internal"), described["PrivateDnsName"]

try:
    ec2.describe_instances(InstanceIds=["i-0123456789abcdef0"])
    raise AssertionError("an unknown id must fail")
except ClientError as error:
    assert error.response["Error"]["Code"] == "InvalidInstanceID.NotFound", error.response

ec2.terminate_instances(InstanceIds=ids)
ec2.get_waiter("instance_terminated").wait(InstanceIds=ids, WaiterConfig={"Delay": 1, "MaxAttempts": 10})
print("OK")
